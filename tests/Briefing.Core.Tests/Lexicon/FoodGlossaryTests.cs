using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// An everyday news word FreeDict renders by senses no report writes (<see cref="NewsGlossary"/>): "food" as "Nahrung",
/// "Kost", never as the "Lebensmittel" German reports count ("über 30 Lebensmittel"). The test dictionary lists it as
/// FreeDict does.
/// </summary>
public sealed class FoodGlossaryTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        food /fuːd/
        Nahrung <fem>, Kost <fem>
        """;

    private const string GermanEnglish = """
        Drucker /ˈdʁʊkɐ/ <masc>
        printer
        """;

    public FoodGlossaryTests() : base(EnglishGerman, GermanEnglish)
    {
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
}
