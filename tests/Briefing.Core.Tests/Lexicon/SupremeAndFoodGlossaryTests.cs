using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// Two everyday news words FreeDict renders by senses no report writes (<see cref="NewsGlossary"/>): "supreme" only as
/// the prefix "höchst…", so "Supreme" of "the Mexican Supreme Court" was a detail no German article showed ("Mexikos
/// Oberster Gerichtshof"); "food" as "Nahrung", "Kost", never as the "Lebensmittel" German reports count. The test
/// dictionary lists them as FreeDict does.
/// </summary>
public sealed class SupremeAndFoodGlossaryTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        supreme /suːpɹˈiːm/
        höchst… <adj>
        ---
        food /fuːd/
        Nahrung <fem>, Kost <fem>
        ---
        court /kɔːt/
        Gericht <neut>, Gerichtshof <masc>
        ---
        people /ˈpiːpəl/
        Menschen <pl>
        """;

    private const string GermanEnglish = """
        Gericht /ɡəˈʁɪçt/ <neut>
        court
        """;

    public SupremeAndFoodGlossaryTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/urteil.txt", """
            Lorvia erlaubt Anbau
            Lorvias Oberster Gerichtshof hat den Anbau von Hanf erlaubt. Die Erlaubnis gilt zunächst nur für vier Menschen, die geklagt hatten.
            """);
        // Another court's report writes "Höchstgericht", the glossary's one-word "Supreme Court": that word then stood
        // for the phrase, and "Supreme" had no translation the answering article writes.
        Folder.Write("news/wien.txt", """
            Urteil in Wien
            Das Höchstgericht in Wien hat die Beschwerde der Stadt abgewiesen.
            """);
        Folder.Write("news/drucker.txt", """
            Essen aus dem Drucker
            Der Drucker des Start-ups Druckwerk kann inzwischen über 30 Lebensmittel drucken.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void Food_is_what_German_reports_count_as_Lebensmittel()
    {
        var expansions = Expander.Expand("How many kinds of food can Druckwerk's printer print?", "en");
        Assert.Contains(expansions, e => e.Text == "Lebensmittel" && e.Language == "de" && e.Group == "en:food");
    }

    [Fact]
    public async Task A_supreme_court_is_shown_by_the_German_Oberster_Gerichtshof()
    {
        var answer = await Engine.AskAsync("How many people does the Lorvian Supreme Court's permission apply to for now?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("vier Menschen", answer.Text);
    }
}
