using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How much can a shrew eat?" → "Shrews can eat three times their own weight in a day.": a bare "how much" asks for an
/// amount, and a multiple of something ("three times their own weight", "drei Mal ihr eigenes Körpergewicht") is one, though the
/// word "times" after the figure read as a counted noun made it a count, so the bot abstained (issue 10, false
/// abstentions; XQuAD "How much can ctenophores eat?"). A count of occasions ("three times a day", "drei Mal
/// verurteilt") still answers no "how much".
/// </summary>
public sealed class MultipleAsAmountTests : InventedArticlesTest
{
    public MultipleAsAmountTests()
    {
        Folder.Write("news/shrew.txt", """
            The tiny hunters of the hedgerow
            The pygmy shrew is one of the smallest mammals in Britain.
            Pygmy shrews can eat three times their own weight in insects every day.
            """);
        Folder.Write("news/spitzmaus.txt", """
            Die kleinen Jäger der Hecke
            Die Zwergspitzmaus gehört zu den kleinsten Säugetieren Europas.
            Eine Zwergspitzmaus frisst täglich drei Mal ihr eigenes Körpergewicht an Insekten.
            """);
        Folder.Write("news/ferry.txt", """
            Island ferry timetable changes
            The ferry to Holm Island will sail three times a day from Monday, the operator said.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Three_times_their_own_weight_is_how_much_they_eat()
    {
        var answer = await Engine.AskAsync("How much can pygmy shrews eat?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("three times their own weight", answer.Text);
    }

    [Fact]
    public async Task Drei_Mal_ihr_Gewicht_ist_wie_viel_sie_frisst()
    {
        var answer = await Engine.AskAsync("Wie viel frisst eine Zwergspitzmaus täglich?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("drei Mal ihr eigenes Körpergewicht", answer.Text);
    }

    [Fact]
    public async Task Three_times_a_day_is_no_amount()
    {
        var answer = await Engine.AskAsync("How much will the ferry to Holm Island cost?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
