using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie groß ist der Anteil der All-in-Verträge in der Baubranche?": where the article states the asked share by its noun
/// beside a percentage ("Im Bauwesen liege der Anteil bei 27 Prozent"), another sentence's percentage ("18 Prozent der
/// Arbeiter") is a share of another whole and led the answer (probe64-038). Where no sentence names the share's noun,
/// any percentage may still answer ("indirekt 11,34 Prozent" for the "Casinos-Anteil").
/// </summary>
public sealed class ShareStatedByNounTests : InventedArticlesTest
{
    public ShareStatedByNounTests()
    {
        Folder.Write("news/contracts.txt", """
            Gewerkschaft kritisiert All-in-Verträge in der Baubranche
            Die Gewerkschaft kritisiert die Ausbreitung von All-in-Verträgen. So hätten bereits 18 Prozent der Arbeiter einen All-in-Vertrag, laut Arbeitsklimaindex der Arbeiterkammer. Im Bauwesen liege der Anteil bei 27 Prozent.
            """);
        Folder.Write("news/casinos.txt", """
            Glücksspielkonzern übernimmt Lotterien-Anteil der Forstverwaltung
            Der Glücksspielkonzern habe für die Beteiligung der Forstverwaltung (indirekt 11,34 Prozent) ein verbindliches Angebot gelegt, teilte der Konzern am Sonntag mit.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_sentence_naming_the_share_states_it()
    {
        var answer = await Engine.AskAsync("Wie groß ist der Anteil der All-in-Verträge in der Baubranche?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("27 Prozent", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Without_the_share_named_any_percentage_may_state_it()
    {
        var answer = await Engine.AskAsync("Wie groß ist der indirekte Lotterien-Anteil der Forstverwaltung, den der Glücksspielkonzern übernimmt?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("11,34 Prozent", answer.Citations[0].Quote);
    }
}
