namespace Briefing.Core.Answering;

/// <summary>What kind of thing a question asks for; the answer's first sentence must hold one it does not already contain.</summary>
public enum AnswerType
{
    Other,
    Person,
    Organisation,
    Place,
    /// <summary>A count, amount, sum of money or percentage.</summary>
    Number,
    /// <summary>A point in time: a date, time of day, year, month or weekday.</summary>
    Date,
    /// <summary>A length of time ("how long", "wie lange"): a number with a time unit.</summary>
    Duration,
    /// <summary>A cause or purpose ("why", "warum"): a sentence that gives one says "because", "weil", "due to" ...</summary>
    Reason,
    /// <summary>"Which X" for an X no other type covers ("welcher Film", "which protocol"): a name, or a phrase with X's head noun.</summary>
    Named,
    /// <summary>What someone does for a living ("Was macht X beruflich?", "What's X's job?"): a job phrase ("von Beruf Hausmeister", "works as a nurse").</summary>
    Occupation,
    /// <summary>A place in a ranking ("Als Wievielte ...?", "What place did X finish?"): "belegte Platz 7", "finished fourth" (<see cref="RankPhrases"/>).</summary>
    Rank,
    /// <summary>The other side of a defeat or win ("Gegen wen verlor X?", "Who beat X?"): a team or person named as such (<see cref="OpponentNames"/>).</summary>
    Opponent,
}
