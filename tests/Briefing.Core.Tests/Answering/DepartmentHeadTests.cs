using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A question for the head of an organisation answered by the head of one of its parts (issue 10, unanswerables):
/// "director of anti-virus research for Karvex", "technical director for the NBU", "Leiter der Rechtsabteilung der
/// Reederei Halden" name a head, but not the firm's. The bot abstains; asked for that part's head, it still answers.
/// All articles are invented.
/// </summary>
public sealed class DepartmentHeadTests : InventedArticlesTest
{
    public DepartmentHeadTests()
    {
        Folder.Write("news/karvex.txt", """
            Security firm Karvex warns of new mobile virus
            The Finnish security firm Karvex has warned of a new virus that spreads between mobile phones.
            "We've had several reports from all over the world," said Ilkka Rantanen, director of anti-virus research for Karvex.
            """);
        Folder.Write("news/nbu.txt", """
            Broadcasters test new television formats
            The Nordic Broadcasting Union (NBU) is testing several high-definition formats for its members.
            "Viewers buying expensive screens need to know what they get," said Paul Lane, technical director for the NBU.
            """);
        Folder.Write("news/halden.txt", """
            Klage gegen die Reederei Halden
            Die Reederei Halden wird von drei früheren Kunden verklagt.
            Der Leiter der Rechtsabteilung der Reederei Halden, Jonas Brandt, wies die Vorwürfe zurück.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Who's the chief executive of Karvex?")]
    [InlineData("Who runs the Nordic Broadcasting Union?")]
    [InlineData("Wer ist der Chef der Reederei Halden?")]
    public async Task The_head_of_a_part_does_not_answer_who_heads_the_whole(string question)
    {
        var reply = await Engine.AskAsync(question);

        Assert.True(reply.Abstained, reply.Text);
        Assert.Empty(reply.Citations);
    }

    [Theory]
    [InlineData("Who is Karvex's director of anti-virus research?", "Ilkka Rantanen")]
    [InlineData("Who is the technical director of the NBU?", "Paul Lane")]
    [InlineData("Wer ist der Leiter der Rechtsabteilung der Reederei Halden?", "Jonas Brandt")]
    public async Task Asked_for_the_part_s_head_it_still_answers(string question, string answer)
    {
        var reply = await Engine.AskAsync(question);

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains(answer, reply.Text);
    }
}
