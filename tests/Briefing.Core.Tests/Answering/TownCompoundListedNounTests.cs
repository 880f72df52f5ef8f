using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// With a dictionary installed, a common noun in a town ending that it lists ("Hochburg") stays a noun even right after a
/// preposition of place, while a town it lacks ("Johannesburg") is a name there (<see cref="TownCompoundInSentenceTests"/>
/// reads the same without a dictionary).
/// </summary>
public sealed class TownCompoundListedNounTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        stronghold /ˈstɹɒŋhəʊld/
        Hochburg <fem>
        """;

    private const string GermanEnglish = """
        Hochburg /ˈhoːxbʊʁk/ <fem, n, sg>
        stronghold
        """;

    public TownCompoundListedNounTests() : base(EnglishGerman, GermanEnglish)
    {
        // The index knows "johannes" and "burg", so the splitter reads "Johannesburg" as a compound.
        Folder.Write("news/burg.txt", """
            Alte Burg wieder offen
            Die alte Burg am Fluss ist seit Montag wieder offen. Johannes Berger führt die Besucher durch die Burg.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private NameDetector Names => Engine.Services.GetRequiredService<NameDetector>();

    [Fact]
    public void A_listed_noun_in_a_town_ending_after_a_preposition_stays_a_noun() =>
        Assert.DoesNotContain("Hochburg", Names.In("Der Weg der Partei führt von Hochburg zu Hochburg.", "de"));

    [Fact]
    public void An_unlisted_town_after_a_preposition_is_a_name() =>
        Assert.Contains("Johannesburg", Names.In("Die Show startet in Johannesburg.", "de"));
}
