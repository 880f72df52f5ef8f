using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// The sentence of the right article that holds the asked fact leads (issue 10), not one that restates the question
/// better: a name next to the role noun of the question's verb, the person a pronoun restatement refers back to, the
/// sentence that gives the cause, the institution where something took place. Fixture articles, invented.
/// </summary>
public sealed class AskedKindLeadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_name_next_to_the_producer_answers_who_produced_it()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/album.txt", """
            Velvet Tide return with Harbour Lights
            The band Velvet Tide have released Harbour Lights, their fourth album. The album was produced over two years and features guest singer Tom Reilly on three songs. Recording took place in a converted church near the coast, the band's producer Jane Dorrit explained. Sales started strongly.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Who produced the album Harbour Lights?");

        Assert.False(answer.Abstained);
        Assert.Contains("Jane Dorrit", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_sentence_naming_the_successor_leads_before_the_pronoun_restatement()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/museum.txt", """
            Successor found for museum head Mark Hollis
            Clara Vint takes over as director of the city museum on 1 January. The curator has worked at the museum since 2009. She succeeds Mark Hollis, who is moving to Lakemoor.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Who succeeds Mark Hollis?");

        Assert.False(answer.Abstained);
        Assert.Contains("Clara Vint", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_sentence_that_gives_the_reason_answers_why()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/concert.txt", """
            Mara Quist concert off
            The singer Mara Quist cancelled her concert in Lindfield on Friday. Fans had queued outside the hall since the morning. Quist cancelled the concert, saying she was too ill to travel.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Why did Mara Quist cancel her concert in Lindfield?");

        Assert.False(answer.Abstained);
        Assert.Contains("too ill", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_institution_where_it_took_place_answers_where()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/reading.txt", """
            Pia Lorne reads from new novel
            The novelist Pia Lorne gave her first reading from the new novel on Thursday evening to an audience of 300. The reading took place at her old university, Brookfield College, where she once studied history.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Where did the novelist Pia Lorne give her first reading?");

        Assert.False(answer.Abstained);
        Assert.Contains("Brookfield College", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
