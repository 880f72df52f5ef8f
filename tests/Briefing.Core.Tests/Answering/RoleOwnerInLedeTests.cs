using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wer ist die wissenschaftliche Direktorin beim Fusionsexperiment Wendelstein 7-X?": the report on the experiment names
/// it in its lede and quotes "die wissenschaftliche Direktorin Sibylle Günter" later without repeating the name. The lede
/// says whose role it is; a rival named later in another report does not (FactNotStatedTests). All articles are invented.
/// </summary>
public sealed class RoleOwnerInLedeTests : InventedArticlesTest
{
    public RoleOwnerInLedeTests()
    {
        Folder.Write("news/teleskop.txt", """
            Neues Teleskop in Betrieb
            In der Sternwarte Kelbach ist am Montag das neue Großteleskop in Betrieb gegangen. Die Anlage kostete rund zwölf Millionen Euro.
            Das ist ein großer Tag für uns, sagte die wissenschaftliche Direktorin Maria Lindqvist nach der ersten Beobachtung.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_role_holder_of_the_owner_the_lede_names_answers()
    {
        var reply = await Engine.AskAsync("Wer ist die wissenschaftliche Direktorin der Sternwarte Kelbach?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("Maria Lindqvist", reply.Text);
    }
}
