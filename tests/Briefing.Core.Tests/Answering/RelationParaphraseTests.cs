using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// The relation a question asks, worded otherwise by the article (issue 10): "verhaftet" is shown by "Verhaftung", "handed
/// over" by "presented", "sit down with" by "a meeting", "geflossen" by "investiert". The sentence that states the asked
/// fact in other words than the question's is the answer, not one that shows the question's names and nothing of what
/// is asked. Fixture articles, invented.
/// </summary>
public sealed class RelationParaphraseTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("Wann wurde die Journalistin verhaftet?", "Sie schrieb bis zu ihrer Verhaftung am 12. November 1939.")]
    [InlineData("On what date are the awards to be handed over?", "The awards will be presented on 3 December.")]
    [InlineData("Wer hat den Preis verliehen bekommen?", "Der mit 20.000 Euro dotierte Preis wurde heuer an die Malerin vergeben.")]
    [InlineData("When's Edu supposed to sit down with Arsenal?", "There is a meeting planned for 6 or 7 January.")]
    [InlineData("Wie viel Geld ist in die Renaturierung geflossen?", "Insgesamt wurden 14,5 Millionen Euro investiert.")]
    [InlineData("Welcher Verteidiger hat den Elfer verwandelt?", "Den Strafstoß zum 2:0 verwertete Hinteregger.")]
    [InlineData("Wann kam die Sängerin zur Welt?", "Die Sängerin wurde 1946 in Graz geboren.")]
    [InlineData("Which Grammy did the singer get for the song?", "The singer picked up her first ever Grammy for the song.")]
    [InlineData("Who chaired the committee?", "Committee chairman John Smith said the report was fair.")]
    public void A_sentence_shows_the_asked_relation_in_other_words(string question, string sentence) =>
        Assert.True(RelationParaphrases.AnyShownIn(RelationParaphrases.AskedIn(question), sentence));

    [Theory]
    [InlineData("Wie viel kostet das Ticket?", "Das Treffen der Minister wurde verschoben.")]
    [InlineData("When's Edu supposed to sit down with Arsenal?", "Edu's deal expires next summer.")]
    [InlineData("Which Grammy was Toxic nominated for?", "The singer picked up her first ever Grammy.")]
    public void A_sentence_shows_no_relation_the_question_does_not_ask(string question, string sentence) =>
        Assert.False(RelationParaphrases.AnyShownIn(RelationParaphrases.AskedIn(question), sentence));

    [Fact]
    /// <remarks>The answering sentence names the awards by a pronoun only: it answers by showing what is asked of them.</remarks>
    public async Task The_date_the_awards_are_presented_answers_when_they_are_handed_over()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/awards.txt", """
            Sprinter Jane Dowd wins Kestrel Award
            Sprinter Jane Dowd has been named the winner of the 2004 Kestrel Awards for athletics. Dowd won the 100m title in Athens this summer. They will be presented on 3 December at the federation's annual meeting in Portland.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("On what date are the 2004 Kestrel Awards to be handed over?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("3 December", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
