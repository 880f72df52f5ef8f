using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, cross-lingual abstentions: "In which year did the French government under Juppé lose its nerve …?" over a
/// German op-ed that writes "die Regierung von Frankreich unter Juppé … 1996": the dictionary renders "French" only as
/// "französisch", so the sentence seemed far from the question's rarest name and the bot said it found nothing. A name's
/// place family (French / Frankreich) renders it in the other language's sentences too — only where the dictionary
/// translates the word at all, and only into members of its own family. The articles are invented.
/// </summary>
public sealed class PlaceFamilyRenderingsTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        French /fɹɛntʃ/ <adj>
        französisch
        ---
        government /ˈɡʌvənmənt/
        Regierung <fem>
        ---
        nerve /nɜːv/
        Nerv <masc>
        ---
        reform /ɹɪˈfɔːm/
        Reform <fem>
        ---
        lose /luːz/ <verb>
        verlieren
        """;

    private const string GermanEnglish = """
        Regierung <fem>
        government
        """;

    public PlaceFamilyRenderingsTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/de/reform.txt", """
            Frankreich ringt um die Reform
            Vor 20 Jahren zwangen Streiks die Regierung zum Rückzug. Die Regierung von Frankreich unter Juppé verlor 1996 die Nerven und zog die Reform zurück.
            """);
        // "französisch" written once elsewhere: the dictionary's rendering is the question's rarest name.
        Folder.Write("news/de/wein.txt", """
            Weinlese beginnt
            Die französischen Winzer beginnen mit der Lese. Juppé lobte den Jahrgang.
            """);
        Folder.Write("news/en/river.txt", """
            New cycle path
            The council opened a new cycle path by the river on Monday.
            """);
    }

    [Fact]
    public async Task A_peoples_adjective_is_shown_by_its_countrys_name_in_the_other_language()
    {
        await Engine.IngestAsync(Folder.Combine("news"));

        var answer = await Engine.AskAsync("In which year did the French government under Juppé lose its nerve over the reform?");

        Assert.Contains("1996", answer.Text);
    }

    [Fact]
    public void A_translated_place_word_gains_its_familys_other_members_in_its_group()
    {
        WeightedTerm[] expansions = [new("französisch", "de", 0.8f) { Group = "en:French" }];

        var rendered = PlaceFamilyRenderings.With(expansions, ["French"], "en");

        Assert.Contains(rendered, e => e is { Text: "Frankreich", Language: "de", Group: "en:French" });
    }

    [Fact]
    public void A_word_the_dictionary_does_not_translate_gains_nothing()
    {
        // No rendering into German: the word would become a concept it never was.
        WeightedTerm[] expansions = [new("Frankreich", "en", 0.5f) { Group = "en:French", Synonym = true }];

        Assert.Same(expansions, PlaceFamilyRenderings.With(expansions, ["French"], "en"));
    }

    [Fact]
    public void A_word_of_no_place_gains_nothing()
    {
        WeightedTerm[] expansions = [new("Regierung", "de", 1f) { Group = "en:government" }];

        Assert.Same(expansions, PlaceFamilyRenderings.With(expansions, ["government"], "en"));
    }
}
