using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A German question writes a compound with a clipped front ("die Salzburger Gastromesse") where the article writes the
/// full front ("Auf der Gastronomiemesse GAST …"): no article writes the asker's compound, and its front is no word the
/// article has on its own, so the answering article lacked the detail (issue 10, false abstentions). The clipped front
/// before the same head shows it; a word that only begins like the article's compound, with another tail, does not.
/// All articles are invented.
/// </summary>
public sealed class ClippedCompoundFrontTests : InventedArticlesTest
{
    public ClippedCompoundFrontTests()
    {
        Folder.Write("news/messe.txt", """
            Essen aus dem Drucker
            Salzburg – Auf der Gastronomiemesse Gustia, die am 7. November in Salzburg beginnt, wird ein Drucker für Essen gezeigt.
            Das Gerät formt Figuren aus Schokolade und Marzipan.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("gastromess", true)]
    [InlineData("gastro", true)]
    [InlineData("gastrokett", false)]
    [InlineData("gastronomiemess", false)]
    // A word of its own left out is another compound: the deputy chief is not the chief, the dentist not the paediatrician.
    [InlineData("polizeichef", false)]
    [InlineData("kinderarzt", false)]
    public void A_clipped_front_before_the_same_head_is_the_articles_compound(string term, bool clipped) =>
        Assert.Equal(clipped, AskersWordForms.IsClippedIn(term, new HashSet<string> { "gastronomiemess", "salzburg", "polizeivizechef", "kinderzahnarzt" },
            piece => piece is "vize" or "zahn"));

    [Fact]
    public async Task Gastromesse_is_shown_by_Gastronomiemesse()
    {
        var answer = await Engine.AskAsync("Ab wann läuft die Gastromesse, auf der ein Drucker für Essen gezeigt wird?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("7. November", answer.Text);
    }
}
