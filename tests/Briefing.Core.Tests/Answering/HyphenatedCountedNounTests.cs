using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A hyphenated compound after an adjective is the counted noun whole (issue 10): "Wie viele neue Masern-Fälle …?"
/// counts "Fälle", which "73 neue Fälle" states; the first part alone ("Masern") was read as the unit, so the
/// sentence's figure counted "other things" and the answer abstained.
/// </summary>
public sealed class HyphenatedCountedNounTests : InventedArticlesTest
{
    public HyphenatedCountedNounTests()
    {
        Folder.Write("news/masern.txt", """
            Masern in Veldanien auf dem Rückzug
            Die Impfkampagne in Veldanien zeigt Wirkung, sagt das Gesundheitsministerium.
            Im Jahr 2019 wurden in Veldanien laut der nationalen Impfinitiative nur noch 73 neue Fälle gemeldet.
            Im Jahr davor waren es noch mehr als 400.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_compound_s_last_part_is_counted_by_the_article()
    {
        var answer = await Engine.AskAsync("Wie viele neue Masern-Fälle gab es 2019 in Veldanien?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("73 neue Fälle", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("Wie viele neue Masern-Fälle gab es 2019?", "Masern-Fälle")]
    [InlineData("Wie viele neue Fälle gab es?", "Fälle")]
    public void The_counted_noun_after_an_adjective_keeps_its_hyphen(string question, string counted) =>
        Assert.Equal(counted, AskedUnit.Of(question)?.Word);
}
