using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// A word the dictionary gives more senses than a question's look-up keeps lists its rare senses first as often as not
/// ("alt" → alto, contralto, legacy, cast-off … old): the sense the other language's articles write most joins the
/// kept ones, so the look-up is not left with the rare senses only. A word whose kept senses include its commonest
/// gets nothing more.
/// </summary>
public sealed class CommonestSenseTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        train /tɹˈeɪn/
        Zug <masc>
        """;

    private const string GermanEnglish = """
        Zug /tsuːk/ <masc, n, sg>
        pull <n>, draught <n>, feature <n>, trait <n>, stroke <n>, procession <n>, train <n>
        ---
        Hafen /ˈhaːfən/ <masc, n, sg>
        port <n>, harbour <n>, haven <n>, procession <n>, stroke <n>, pull <n>, draught <n>
        """;

    public CommonestSenseTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/rare.txt", """
            Rowing club wins again
            A strong pull and a steady stroke won the race; the draught of the boat was a feature and a trait of the club, the procession of boats followed.
            """);
        Folder.Write("news/train1.txt", """
            Train delayed at Leeds
            The train to Leeds was delayed by two hours on Monday.
            """);
        Folder.Write("news/train2.txt", """
            New train for Wales
            A new train will run between Cardiff and Swansea from May.
            """);
        Folder.Write("news/port.txt", """
            Port sold to investors
            The port of Dover was sold to investors, and its harbour will stay open.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void The_sense_the_articles_write_most_joins_the_rare_ones_listed_first()
    {
        var expansions = Expander.Expand("Wann fährt der Zug nach Leeds?", "de");
        Assert.Contains(expansions, e => e.Group == "de:Zug" && e.Language == "en" && e.Text == "train");
    }

    [Fact]
    public void A_word_whose_kept_senses_hold_its_commonest_gets_no_more()
    {
        var expansions = Expander.Expand("Wer hat den Hafen gekauft?", "de");
        Assert.Contains(expansions, e => e.Group == "de:Hafen" && e.Text == "port");
        Assert.DoesNotContain(expansions, e => e.Group == "de:Hafen" && e.Text == "draught");
    }
}
