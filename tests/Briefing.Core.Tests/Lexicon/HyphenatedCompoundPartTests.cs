using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// A hyphenated German word's part that is itself a compound the dictionary lacks ("Herzgeräte" in
/// "Herzgeräte-Herstellers", "Tennislegende" in "US-Tennislegende") is translated by its listed parts, as the same
/// compound without the hyphen is: before, the part had no translation at all and the English article never showed it.
/// Those part translations only retrieve (<see cref="Briefing.Core.Search.WeightedTerm.SearchOnly"/>), and only for a
/// compound no article of the question's own language writes.
/// </summary>
public sealed class HyphenatedCompoundPartTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        heart /hɑːt/
        Herz <neut>
        """;

    private const string GermanEnglish = """
        Herz /hɛʁts/ <neut>
        heart
        ---
        Gerät /ɡəʁɛːt/ <neut>
        device, appliance
        ---
        Hersteller /heːɐ̯ʃtɛlɐ/ <masc>
        manufacturer, maker
        ---
        Pumpe /ˈpʊmpə/ <fem>
        pump
        """;

    public HyphenatedCompoundPartTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/guidant.txt", """
            Johnson & Johnson buys heart device maker
            The manufacturer of heart devices was bought for $25.4bn.
            Analysts welcomed the deal.
            """);
        Folder.Write("news/herzpumpen.txt", """
            Herzpumpen gefragt
            Der Absatz von Herzpumpen stieg im Jahr um zehn Prozent.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public void An_unlisted_compound_before_a_hyphen_is_translated_by_its_parts()
    {
        var expansions = Engine.Services.GetRequiredService<LexiconQueryExpander>().Expand("Wer kauft den Herzgeräte-Hersteller?", "de");

        Assert.Contains(expansions, e => e.Text == "heart" && e.Group == "de:Herz" && e.SearchOnly);
        Assert.Contains(expansions, e => e.Text == "device" && e.Group == "de:Geräte" && e.SearchOnly);
        Assert.Contains(expansions, e => e.Text == "manufacturer" && e.Group == "de:Hersteller" && !e.SearchOnly);
    }

    [Fact]
    public void A_compound_the_questions_own_language_writes_is_not_read_by_its_parts()
    {
        // "Herzpumpen" stands in a German article: that article is the one asked for, not one about hearts and pumps.
        var expansions = Engine.Services.GetRequiredService<LexiconQueryExpander>().Expand("Wer kauft den Herzpumpen-Hersteller?", "de");

        Assert.DoesNotContain(expansions, e => e.Text == "pump");
        Assert.Contains(expansions, e => e.Text == "manufacturer" && e.Group == "de:Hersteller");
    }
}
