using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, unanswerables answered: a German compound no article writes ("Deutschlandticket") went unchecked in English
/// articles, and a report on cinema tickets that says "German" in one sentence and "ticket" in another answered its price.
/// Its parts translated show it only where one sentence writes them together (CompoundPartsTogether).
/// </summary>
public sealed class CompoundPartsTogetherTests : IDisposable
{
    private const string EnglishGerman = """
        ticket /tˈɪkɪt/
        Fahrkarte, Ticket
        ---
        cost /kˈɒst/ <v>
        kosten
        """;

    private const string GermanEnglish = """
        Deutschland /dɔʏtʃlant/ <neut>
        Germany, German
        ---
        Ticket /tɪkət/ <neut>
        ticket
        ---
        kosten /kɔstən/ <v>
        cost
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Its_parts_in_two_sentences_of_an_article_are_not_the_compound()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/cinema.txt", """
            Cinema tickets to cost more
            The average cost of a cinema ticket could be as high as $6.25 next year, compared to $5.80 this year.
            German distributors expect the same rise, analysts said.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Wie viel kostet das Deutschlandticket im Monat?");

        Assert.True(answer.Abstained, answer.Text);
    }

    public void Dispose() => _folder.Dispose();
}
