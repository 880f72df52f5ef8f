using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Who ...?" is answered with the person's name (issue 10, part 2), over small fixture articles: when the sentence
/// that answers calls them "the state secretary" or "him", the sentence that names them is quoted too; a sentence
/// whose only new names are a country or a festive season gives way to one that names a person; the answer may follow
/// a sentence or two after the one that restates the question.
/// </summary>
public sealed class AskedPersonLeadTests : IDisposable
{
    private const string EnglishGerman = """
        Germany /dʒˈɜːməni/
        Deutschland <neut> [geogr.] DE
        ---
        profit /pɹˈɒfɪt/
        Gewinn <masc>
        """;

    private const string GermanEnglish = """
        Deutschland /dˈɔøtʃlant/ (DE /dˈeː/) <neut, n, sg>
         [geogr.] Germany <n>
        ---
        Gewinn /ɡəvˈɪn/ <masc, n, sg>
        profit <n>
        ---
        Israel /ˈɪsrɑːˌɛl/ (IL /ˈiːl/) <neut, n, sg>
         [geogr.] Israel <n>
        ---
        Regierung /ʁeˈɡiːʁʊŋ/ <fem, n, sg>
        government <n>
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_sentence_naming_the_state_secretary_comes_with_the_one_that_calls_her_author()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/rohmilch.txt", """
            Mit einem neuen Gesetz könnte Rohmilch wieder im Supermarkt stehen
            Tausende Bauern in Tirol verkaufen Rohmilch nur ab Hof. Sie verlieren damit viel Geld, sagt Johanna Brandstätter. Die Staatssekretärin im Landwirtschaftsministerium gehört der Partei von Altkanzler Franz Huber an und ist Autorin eines neuen Gesetzesentwurfs zum Verkauf von Rohmilch in Österreich. Die Hygieneregeln seien veraltet, begründet Brandstätter ihre Initiative.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Wer steckt hinter dem Gesetzesentwurf zum Verkauf von Rohmilch?");

        Assert.False(answer.Abstained);
        Assert.Contains("Johanna Brandstätter", answer.Citations[0].Quote);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Autorin eines neuen Gesetzesentwurfs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_conductor_called_him_is_named_by_an_earlier_sentence()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/konzert.txt", """
            Der Brasilianer wird das Sommerkonzert 2027 dirigieren
            Wer Rafael Moreira mit seinem Jugendorchester erlebt hat, kennt seine Energie. Moreira wurde 1985 in Recife geboren und lernte zuerst Geige. Mittlerweile leitet der Maestro ein Orchester in Lissabon. Auch zu den Grazer Symphonikern, die ihn für das Sommerkonzert 2027 engagiert haben, pflegt er gute Beziehungen.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Wer dirigiert das Sommerkonzert 2027?");

        Assert.False(answer.Abstained);
        Assert.Contains("Moreira", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_chief_executive_is_named_not_the_country_of_the_sales()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/lindtoys.txt", """
            Lindtoys profits lifted by Euro 2024
            UK toy maker Lindtoys has posted a 90% rise in annual profit after sales of replica Germany football kits were boosted by the Euro 2024 tournament.

            Pre-tax profit for 2024 was £15.4m ($29.4m). Lindtoys, which recently lost licensing deals with two Danish clubs, said on Thursday it had signed a new four-year agreement with a Swedish club. It hopes 2025 sales will benefit from the launch of a new Germany replica shirt. The firm, which is to receive a payment of £4.5m, said it is "appraising a number of additional investment opportunities". Chief executive Mads Olsen said the firm plans to grow sales both in the UK and internationally.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Who is chief executive of toy maker Lindtoys, whose profits rose by 90%?");

        Assert.False(answer.Abstained);
        Assert.Contains("Mads Olsen", answer.Citations[0].Quote);
    }

    [Fact]
    public void A_country_the_dictionaries_list_is_a_place_in_an_English_sentence_too()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        var names = engine.Services.GetRequiredService<NameDetector>();

        var spans = NameSpans.In("Sales of replica Germany football kits rose, Mads Olsen said.", "en", names);

        Assert.Equal(NameKind.Place, spans.Single(s => s.Words[0] == "Germany").Kind);
        Assert.Equal(NameKind.Person, spans.Single(s => s.Words[0] == "Mads").Kind);
    }

    [Fact]
    public void A_country_spelled_alike_in_both_languages_is_a_place_in_either_and_in_the_genitive()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        var names = engine.Services.GetRequiredService<NameDetector>();

        var german = NameSpans.In("Die Regierung Israels wies den Bericht zurück, kritisierte Makarim Wibisono.", "de", names);
        var english = NameSpans.In("The report was rejected by Israel, Makarim Wibisono said.", "en", names);

        Assert.Equal(NameKind.Place, german.Single(s => s.Words[0] == "Israels").Kind);
        Assert.Equal(NameKind.Place, english.Single(s => s.Words[0] == "Israel").Kind);
        Assert.Equal(NameKind.Person, english.Single(s => s.Words[0] == "Makarim").Kind);
    }

    [Fact]
    public async Task The_answer_follows_the_sentence_that_restates_the_question()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/brawl.txt", """
            Singer in on-stage fight
            The rock singer Tom Harlow has been involved in a fight with his band's drummer at their biggest concert so far.

            The Rattlesnakes played for 4,000 fans at the Corn Exchange on Friday. The former Velvet Foxes singer traded blows with drummer Leo Marsh. They were separated before returning to end the set.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Who did Tom Harlow fight with on stage?");

        Assert.False(answer.Abstained);
        Assert.Contains("Leo Marsh", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
