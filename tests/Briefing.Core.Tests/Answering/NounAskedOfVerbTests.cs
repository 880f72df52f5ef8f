using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A question's compound no article writes ("Kistenbeschriftung") is required as a detail; the article says it with
/// the verb ("Jede Kiste wird … beschriftet"). The detail check read the noun as missing and abstained (issue 10, false
/// abstentions): the noun's verb shows it. A compound whose parts the article lacks still abstains.
/// </summary>
public sealed class NounAskedOfVerbTests : InventedArticlesTest
{
    public NounAskedOfVerbTests()
    {
        Folder.Write("news/lager.txt", """
            Neues Lager in Velden
            Das Versandlager in Velden hat im Juni den Betrieb aufgenommen.
            Jede Kiste wird dort mit einem roten Strichcode und dem Namen des Empfängers beschriftet.
            Die Anlage beschäftigt 120 Menschen.
            """);
        // The index knows the noun from another article, so the question's compound splits into known words.
        Folder.Write("news/schilder.txt", """
            Neue Schilder in Arnsdorf
            Die Beschriftung der Straßenschilder in Arnsdorf wird bis Herbst erneuert.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_noun_the_article_says_as_its_verb_is_shown()
    {
        var answer = await Engine.AskAsync("Was steht auf jeder Kistenbeschriftung im Lager in Velden?");

        Assert.False(answer.Abstained, answer.Text);
    }
}
