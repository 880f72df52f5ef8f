using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Was hat die Grüne Gabriela Moser ihr Widerruf wegen der Vorwürfe gegen Grasser gekostet?" (probe19-016): "… musste etwa
/// die grüne Abgeordnete Gabriela Moser veröffentlichen." ends one passage and "Der Grund waren Vorwürfe gegen Grasser,
/// Kostenpunkt: 4.000 Euro." opens the next; the sum's passage never names her, so the question abstained with "no chosen
/// sentence's passage names the asked 'Moser'". A sentence that opens its passage pointing back reads the last sentence of
/// the passage before as its context (<c>PreviousPassageSentence</c>). All articles are invented.
/// </summary>
public sealed class PreviousPassageSentenceTests : InventedArticlesTest
{
    public PreviousPassageSentenceTests()
    {
        Folder.Write("news/widerruf.txt", """
            Sender muss wieder vor Gericht
            Wien – Der Privatsender Alpenkanal muss sich erneut vor dem Handelsgericht verantworten. Ein Unternehmer hatte den Sender geklagt, weil in einer Sendung falsche Behauptungen über ihn verbreitet worden seien. Das Gericht gab ihm in erster Instanz recht. Einen Widerruf nach der Sendung musste im Februar etwa die grüne Abgeordnete Anna Berghofer veröffentlichen.

            Der Grund waren Vorwürfe gegen den früheren Minister Karl Strobl, Kostenpunkt: 4.000 Euro. Der Sender will nun in die nächste Instanz gehen und notfalls bis zum Obersten Gerichtshof ziehen. Eine Entscheidung wird nicht vor dem Sommer erwartet.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_sum_opening_the_next_passage_is_the_cost_of_the_person_named_before_it()
    {
        var answer = await Engine.AskAsync("Was hat die Grüne Anna Berghofer ihr Widerruf wegen der Vorwürfe gegen Strobl gekostet?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("4.000 Euro", answer.Text);
    }

    [Fact]
    public async Task A_person_the_article_never_names_is_still_not_priced()
    {
        var answer = await Engine.AskAsync("Was hat die Grüne Maria Lindtner ihr Widerruf wegen der Vorwürfe gegen Strobl gekostet?");
        Assert.True(answer.Abstained, answer.Text);
    }
}
