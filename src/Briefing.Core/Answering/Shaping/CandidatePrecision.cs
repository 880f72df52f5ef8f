using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// How precisely a sentence's new candidates state the asked kind of fact, read from what the candidate reader already
/// marked on the sentence (<see cref="AnswerCandidates.Strength"/>, the count marks) and its calendar days
/// (<see cref="CalendarDays"/> over the text, not the reader's StatesDayOfMonth, which "bis wann" / "by when" questions
/// never get): a date to the day of its month is precise, a year dates it to its year, a month, season or quarter ("in
/// June", "by the third quarter", and so far "Anfang des Jahres") is partial, a weekday or relative word ("am Dienstag",
/// "heute") vague; a figure that
/// counts the asked noun ("seven breaks for rain") is precise, one without it partial, an order, a share or a count of
/// other things ("Tausende") vague. Other kinds are not graded.
/// </summary>
internal static class CandidatePrecision
{
    public enum Level { Vague, Partial, Year, Precise }

    /// <returns>The sentence's level, or null when the asked kind is not graded or the sentence holds no candidate.</returns>
    public static Level? Of(CandidateSentence sentence, AnswerType expected)
    {
        if (sentence.Novel.Count == 0) return null;
        if (expected == AnswerType.Date)
            return sentence.Novel.Any(MonthNames.IsWrittenOut) && CalendarDays.AreWrittenIn(sentence.Text) ? Level.Precise
                : sentence.Novel.Any(AnswerCandidates.IsYear) ? Level.Year
                : AnswerCandidates.Strength(sentence.Novel, expected) < 1 ? Level.Vague : Level.Partial;
        if (expected != AnswerType.Number) return null;
        // The count marks are set only for a question that counts a noun: for a sum or a share no sentence is precise.
        if (sentence.CountsOtherThings || sentence.CountsOnlyVaguely) return Level.Vague;
        return sentence.StatesUnit && sentence.CountsAskedNoun ? Level.Precise : Level.Partial;
    }

    /// <summary>
    /// The later sentence states the asked kind precisely where the first only partly or vaguely does ("on 11 June" against
    /// "in June", "seven breaks for rain" against "a fourth straight win"), or gives a year where the first says only a
    /// weekday or "Anfang des Jahres". A year is not clearly more than a month or a quarter: "by the third quarter of this
    /// year" answers "Bis wann …?" before "boost earnings from 2007", which dates another event.
    /// </summary>
    public static bool IsClearlyWeaker(CandidateSentence first, CandidateSentence later, AnswerType expected) =>
        (Of(later, expected), Of(first, expected)) is (Level.Precise, Level.Vague or Level.Partial) or (Level.Year, Level.Vague);
}
