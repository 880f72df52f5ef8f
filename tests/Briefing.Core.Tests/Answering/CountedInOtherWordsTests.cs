using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How many ...?" answered by a count the article writes in other words (issue 10, how-many abstentions): "Kampfjets"
/// for the asked "Kampfflugzeuge" (<c>NewsGlossary</c>, as "MEPs" for "Abgeordnete"); and "Auf wie viele ...?" answered by a
/// level the sentence states without "auf" (<see cref="AskedLevel.Candidates"/>).
/// </summary>
public sealed class CountedInOtherWordsTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        attack /ətˈæk/
        Angriff <masc>
        """;

    private const string GermanEnglish = """
        Kampfflugzeug /kˈampfflˌuːktsɔøk/ <neut>
        combat aircraft
        """;

    public CountedInOtherWordsTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/grenze.txt", """
            Vemia fliegt Angriffe an der Grenze
            Am Montag bombardierten 24 vemische Kampfjets Stellungen der Miliz an der Grenze zu Norland.
            Die Regierung in Norland sprach von einer gefährlichen Eskalation.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Kampfjets_are_the_asked_Kampfflugzeuge()
    {
        var answer = await Engine.AskAsync("Mit wie vielen Kampfflugzeugen hat Vemia die Stellungen der Miliz bombardiert?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("24 vemische Kampfjets", answer.Text);
    }

    [Fact]
    public void A_level_stated_without_auf_is_a_candidate()
    {
        var (keys, afterCue) = AskedLevel.Candidates("Im Sommer wurden nur mehr 412 Millionen Briefe zugestellt.", new HashSet<string> { "412" });
        Assert.Equal(["412"], keys);
        Assert.False(afterCue);
    }

    [Theory]
    [InlineData("Der Absatz sank im Sommer um 8 Prozent.", "8")]
    [InlineData("Sales fell by 8 over the summer.", "8")]
    public void The_change_is_no_level(string sentence, string change)
    {
        Assert.Empty(AskedLevel.Candidates(sentence, new HashSet<string> { change }).Keys);
    }

    [Fact]
    public void A_level_after_auf_goes_first()
    {
        var (keys, afterCue) = AskedLevel.Candidates("Der Absatz sank um 8 Prozent auf 612.000 Stück.", new HashSet<string> { "8", "612000" });
        Assert.Equal(["612000"], keys);
        Assert.True(afterCue);
    }
}
