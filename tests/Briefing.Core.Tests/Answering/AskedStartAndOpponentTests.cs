using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10: "Seit wann ...?" / "By when ...?" ask for the date after the same preposition, not the weekday of the
/// report; "Who does X play in the first round?" asks for the opponent of a match to come. Invented sentences.
/// </summary>
public sealed class AskedStartAndOpponentTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("Seit wann ist der Bürgermeister von Hallstein untergetaucht?", "seit")]
    [InlineData("Since when has the Harlow plant been closed?", "since")]
    [InlineData("Bis wann soll die Fusion abgeschlossen sein?", "by")]
    [InlineData("By when does the club have to pay?", "bis")]
    [InlineData("Ab wann gilt das neue Gesetz?", "from")]
    // Asked as "what date": the same start or deadline.
    [InlineData("From what date will the new tariff apply?", "ab")]
    [InlineData("By which day must the tenants leave the block?", "bis")]
    [InlineData("Ab welchem Datum gilt die Maskenpflicht in Zügen?", "from")]
    [InlineData("Bis zu welchem Zeitpunkt muss die Gemeinde zahlen?", "by")]
    public void The_preposition_of_a_start_or_deadline_is_read_in_both_languages(string question, string preposition)
    {
        Assert.Equal(AnswerType.Date, ExpectedAnswerType.Of(question));
        Assert.Contains(preposition, ExpectedAnswerType.DatePrepositions(question));
    }

    [Fact]
    public void A_plain_when_asks_for_no_preposition() =>
        Assert.Empty(ExpectedAnswerType.DatePrepositions("Wann wurde der Bürgermeister festgenommen?"));

    [Theory]
    [InlineData("Der Bürgermeister ist seit März 2019 untergetaucht, sagte am Dienstag ein Sprecher.", "de", "seit", "2019", "dienstag")]
    [InlineData("The deal was approved on Friday and is expected to close by the second quarter of next year.", "en", "by", "second quarter", "friday")]
    public void Only_the_date_after_the_asked_preposition_is_marked(string sentence, string language, string preposition, string marked, string other)
    {
        var prepositions = ExpectedAnswerType.DatePrepositions(preposition == "seit" ? "Seit wann?" : "By when?");
        var dates = AnswerCandidates.DatesAfter(sentence, prepositions, language, Names);

        Assert.Contains(marked, dates);
        Assert.DoesNotContain(other, dates);
    }

    [Theory]
    [InlineData("Who does Lena Roth play in her first match back?")]
    [InlineData("Who will Dundee United face in the semi-final?")]
    [InlineData("Who is Lena Roth playing in the final?")]
    [InlineData("Auf wen trifft Thiem im Viertelfinale?")]
    [InlineData("Wer ist der nächste Gegner von Sturm Graz?")]
    public void A_match_to_come_asks_for_the_opponent(string question) =>
        Assert.Equal(AnswerType.Opponent, ExpectedAnswerType.Of(question));

    [Theory]
    [InlineData("Who does Lena Roth play for?")]
    [InlineData("Who did Tom Price play with in the band?")]
    [InlineData("Who is the oldest goalkeeper to play in a cup final?")]
    public void Playing_for_or_with_someone_asks_for_no_opponent(string question) =>
        Assert.NotEqual(AnswerType.Opponent, ExpectedAnswerType.Of(question));

    [Theory]
    [InlineData("She faces Czech Petra Dvorak in the first round.", "en", "dvorak")]
    [InlineData("Rovers take on Harwick Town in the semi-final next week.", "en", "harwick")]
    [InlineData("Der Niederösterreicher trifft in der dritten Runde auf Rafael Nadal.", "de", "nadal")]
    public void The_opponent_of_a_match_to_come_is_a_candidate(string sentence, string language, string opponent) =>
        Assert.Contains(opponent, AnswerCandidates.Of(sentence, AnswerType.Opponent, language, Names));

    [Theory]
    [InlineData("Marta Kelloway, who had never taken a set off the Danish top seed, won 6-4 7-5 on Tuesday.", "en", "kelloway")]
    [InlineData("Die Slowenin Ana Brecelj, die zuletzt dreimal in der ersten Runde gescheitert war, gewann mit 6:3, 6:4.", "de", "brecelj")]
    public void A_winner_named_before_a_clause_between_commas_is_a_candidate(string sentence, string language, string winner) =>
        Assert.Contains(winner, AnswerCandidates.Of(sentence, AnswerType.Opponent, language, Names));

    [Fact]
    public void A_clause_between_commas_without_a_verb_of_winning_names_no_opponent() =>
        Assert.Empty(AnswerCandidates.Of("Marta Kelloway, who had never taken a set off the Danish top seed, said she was tired.", AnswerType.Opponent, "en", Names));

    [Fact]
    public void The_tournament_someone_plays_at_is_no_opponent() =>
        Assert.Empty(AnswerCandidates.Of("The former world number one will play at the Harbour Open in Mandal next month.", AnswerType.Opponent, "en", Names));
}
