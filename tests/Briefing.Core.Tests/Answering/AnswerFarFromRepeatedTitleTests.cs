using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Many feeds repeat the title as the first sentence of the text. The lede an answer's names may stand in (title and
/// first sentences) must skip that repetition, or it ends one sentence short of the one that names who and where, and
/// the article's own answering sentence further down ("Holmvik kassierte ... Preisgeld") is taken for one about
/// something else (issue 10, false abstentions).
/// </summary>
public sealed class AnswerFarFromRepeatedTitleTests : InventedArticlesTest
{
    public AnswerFarFromRepeatedTitleTests()
    {
        Folder.Write("news/kombination.txt", """
            Kombinierer auch von einem Sturz nicht aufzuhalten.
            Kombinierer auch von einem Sturz nicht aufzuhalten. Berger dahinter. Der Norweger Lars Holmvik hat sich am Sonntag nach einem Sturz den Sieg beim Triple in Ramsau gesichert. Der Weltcupleader gewann bei dichtem Schneetreiben knapp vor dem Österreicher Paul Berger. Wegen heftigen Schneefalls wurde der Bewerb verkürzt. Im Langlauf holte er eine Minute auf. Holmvik kassierte für seinen dritten Sieg in Serie rund 12.500 Euro Preisgeld.
            """);
        Folder.Write("news/combined.txt", """
            Skier unstoppable despite a fall.
            Skier unstoppable despite a fall. Berger second. Norway's Lars Holmvik won the Tarvis triple on Sunday despite a fall in the jumping. The World Cup leader finished just ahead of Austria's Paul Berger in heavy snow. The race was shortened because of the snowfall. In the cross-country he made up a minute. Holmvik pocketed about 12,500 euros in prize money for his third straight win.
            """);
        // The skier is named elsewhere too, so the place is the question's rarest name, which the sentence must be near.
        Folder.Write("news/lahti.txt", """
            Sturz in Lahti
            Lars Holmvik ist im Dezember beim Springen in Lahti schwer gestürzt. Der Norweger Holmvik fiel danach drei Wochen aus.
            """);
        Folder.Write("news/lahti-en.txt", """
            Fall in Lahti
            Lars Holmvik fell heavily in the jumping at Lahti in December. Norway's Holmvik was then out for three weeks.
            """);
        Folder.Write("news/langlauf.txt", """
            Langlauf-Weltcup in Davos
            Beim Langlauf-Weltcup in Davos siegte die Schwedin Anna Lind vor zwei Norwegerinnen. Preisgeld gab es 8.000 Euro.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_German_lede_after_the_repeated_title_places_the_prize_money_sentence()
    {
        var answer = await Engine.AskAsync("Wie viel Preisgeld kassierte Holmvik für den Ramsau-Sieg?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("12.500 Euro", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task An_English_lede_after_the_repeated_title_places_the_prize_money_sentence()
    {
        var answer = await Engine.AskAsync("How much prize money did Lars Holmvik pocket for winning the Tarvis triple?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("12,500 euros", answer.Citations[0].Quote);
    }
}
