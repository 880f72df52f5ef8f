using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wer ist die wissenschaftliche Direktorin beim Fusionsexperiment Wendelstein 7-X?", "Wer ist der Chef des
/// Verlagshauses …?": a German question writes common nouns before or instead of the owner's name, and the answering
/// report need not repeat them. The role owner is its named part (<c>AskedRoleOwner.NamedPart</c>): the report that names
/// Kelbach answers for "der Sternwarte Kelbach" though it says "Observatorium". The dictionary lists the German nouns, so
/// that they count as ordinary words and not as part of a name. All articles are invented.
/// </summary>
public sealed class RoleOwnerNamedPartTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        observatory /əbˈzɜːvətəɹi/
        Sternwarte <fem>
        """;

    private const string GermanEnglish = """
        Sternwarte /ˈʃtɛʁnˌvaʁtə/ <fem, n, sg>
        observatory <n>
        ---
        Observatorium /ɔpzɛʁvaˈtoːʁiʊm/ <neut, n, sg>
        observatory <n>
        ---
        Direktorin /diʁɛkˈtoːʁɪn/ <fem, n, sg>
        director <n>
        ---
        Teleskop /teleˈskoːp/ <neut, n, sg>
        telescope <n>
        ---
        Anlage /ˈanˌlaːɡə/ <fem, n, sg>
        facility <n>
        ---
        Beobachtung /bəˈʔoːbaxtʊŋ/ <fem, n, sg>
        observation <n>
        ---
        Tag /taːk/ <masc, n, sg>
        day <n>
        """;

    public RoleOwnerNamedPartTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/teleskop.txt", """
            Neues Teleskop in Kelbach
            Im Observatorium Kelbach ist am Montag das neue Großteleskop in Betrieb gegangen. Die Anlage kostete rund zwölf Millionen Euro.
            Das ist ein großer Tag für uns, sagte die wissenschaftliche Direktorin Maria Lindqvist nach der ersten Beobachtung.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_owner_is_its_name_not_the_common_noun_before_it()
    {
        var reply = await Engine.AskAsync("Wer ist die wissenschaftliche Direktorin der Sternwarte Kelbach?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("Maria Lindqvist", reply.Citations[0].Quote);
    }
}
