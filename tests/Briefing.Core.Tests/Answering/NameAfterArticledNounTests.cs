using System.Text.RegularExpressions;
using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wer leitet die Spedition Karrentrans …?": a word right after a noun with its own article names the firm, although
/// the dictionary lists both its parts ("Karren", "Trans"). No article writes it, so the report about another haulier's
/// truck in Tirol does not answer; the article that names the firm does. All articles are invented.
/// </summary>
public sealed class NameAfterArticledNounTests : InventedArticlesTest
{
    private const string GermanEnglish = """
        Karren /kaʁən/ <masc>
        cart
        ---
        Trans /tʁaːn/ <masc>
        train oil
        ---
        Spedition /ʃpeditsioːn/ <fem>
        haulier
        """;

    private const string EnglishGerman = """
        cart
        Karren <masc>
        ---
        haulier
        Spedition <fem>
        """;

    private const string Question = "Wer leitet die Spedition Karrentrans, deren Lkw in Tirol verunglückt ist?";

    public NameAfterArticledNounTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/lkw.txt", """
            Lkw einer Spedition in Tirol verunglückt
            Innsbruck – Ein Lkw der Spedition Berger ist am Montag in Tirol verunglückt.
            Die Spedition wird von Firmenchef Hans Berger geleitet, der den Fahrer im Spital besuchte.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_firm_named_after_its_articled_noun_is_required_of_the_answer()
    {
        var reply = await Engine.AskAsync(Question);

        Assert.True(reply.Abstained, reply.Text);
    }

    [Fact]
    public async Task The_article_that_names_the_firm_answers()
    {
        Folder.Write("more/karrentrans.txt", """
            Karrentrans-Lkw in Tirol verunglückt
            Innsbruck – Ein Lkw der Spedition Karrentrans ist am Dienstag in Tirol verunglückt.
            Die Spedition wird von Firmenchefin Eva Moser geleitet, die den Fahrer im Spital besuchte.
            """);
        await Engine.IngestAsync(Folder.Combine("more"));

        var reply = await Engine.AskAsync(Question);

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("Moser", reply.Text);
    }

    [Theory]
    [InlineData("Wer leitet die Spedition Alpentrans?", "Alpentrans", true)]
    [InlineData("Wo eröffnet der Escape-Room-Anbieter Rätselwerk?", "Rätselwerk", true)]
    // A capitalised adjective of a name ("der Europäischen Menschenrechtskonvention") is no noun the name follows.
    [InlineData("Wann wurde die Europäische Menschenrechtskonvention verabschiedet?", "Menschenrechtskonvention", false)]
    // A second object after a bare noun: "Regime" has no article of its own.
    [InlineData("Wie bekämpfen Regime Kulturimperialismus?", "Kulturimperialismus", false)]
    public void A_word_follows_an_articled_noun_only_after_a_noun_with_its_own_article(string question, string word, bool expected)
    {
        var words = Regex.Matches(question, @"\p{L}+").ToList();
        var at = words.FindIndex(w => w.Value == word);

        Assert.Equal(expected, NameAfterNoun.FollowsArticledNoun(question, words[at - 1]));
    }
}
