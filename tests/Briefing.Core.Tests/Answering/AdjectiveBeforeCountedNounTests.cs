using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie viele geschützte Papageien ...?", "How big was the medical team ...?": the adjective before the noun describes
/// what is counted; the noun is the asked unit. Read as the unit, the adjective is named by no sentence, and the
/// article's answer ("50 seltene Papageien", "a team of 40 doctors") was rejected as counting something else (issue 10,
/// false abstentions).
/// </summary>
public sealed class AdjectiveBeforeCountedNounTests : InventedArticlesTest
{
    public AdjectiveBeforeCountedNounTests()
    {
        Folder.Write("news/zoll.txt", """
            Zoll findet Vögel in Lagerhalle
            Die Zollfahndung hat in einer umgebauten Lagerhalle im Mühlviertel 50 seltene Papageien beschlagnahmt. Geschützte Vögel werden pro Exemplar mit bis zu 40.000 Euro gehandelt.
            """);
        Folder.Write("news/surgery.txt", """
            Boy gets new hands in Leeds
            In a ten-hour operation a team of 40 doctors and nurses gave the nine-year-old from Leeds two new hands. The boy is recovering well, the hospital said.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wie viele geschützte Papageien hat der Zoll sichergestellt?", "Papageien")]
    [InlineData("Wie viele neue Jobs schafft das Werk?", "Jobs")]
    [InlineData("How big was the medical team?", "team")]
    public void The_noun_after_the_adjective_is_the_unit(string question, string word) =>
        Assert.Equal(word, AskedUnit.Of(question)?.Word);

    [Fact]
    public async Task A_German_count_of_parrots_described_otherwise_answers()
    {
        var answer = await Engine.AskAsync("Wie viele geschützte Papageien hat der Zoll in der Lagerhalle im Mühlviertel sichergestellt?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("50 seltene Papageien", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task An_English_size_of_a_described_team_answers()
    {
        var answer = await Engine.AskAsync("How big was the medical team that gave the boy in Leeds two new hands?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("40 doctors", answer.Citations[0].Quote);
    }
}
