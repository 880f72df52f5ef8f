using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Search;

/// <summary>
/// A German question names a detail as one compound ("Landtagsabgeordneten") that the article writes apart
/// ("die Abgeordneten des Landtags"). The compound's parts show the detail; a part that looks like a participle
/// ("abgeordnet", "angestellt") is still a noun here, not a verb form whose infinitive the article would have to write.
/// Before, the parts' alternative required "abordnen" too: the German article lacked the detail, and English articles
/// showing the compound's translation took its place.
/// </summary>
public sealed class CompoundDetailPartsTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        representative /ɹˌɛpɹɪzˈɛntətɪv/
        Abgeordneter <masc>, Vertreter <masc>
        ---
        restart /ɹiːstˈɑːt/
        Neustart <masc>
        """;

    private const string GermanEnglish = """
        Landtagsabgeordneter /ˈlantaːksˌapɡəʔɔʁdnətɐ/ <masc>
        representative
        ---
        Klinikangestellter /kliˈniːkʔanɡəʃtɛltɐ/ <masc>
        hospital employee
        ---
        Neustart /ˈnɔɪ̯ʃtaʁt/ <masc>
        restart
        ---
        Stromausfall /ˈʃtroːmʔaʊ̯sfal/ <masc>
        power cut
        """;

    public CompoundDetailPartsTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/landtag.txt", """
            Computersystem des Landtags nach Angriff wieder in Betrieb
            Das Computersystem des Landtags in Nordhafen ist nach dem Angriff am Montag wieder hochgefahren worden.
            Die Abgeordneten wurden per Lautsprecher über den Neustart informiert.
            Die Abgeordneten müssen nach dem Neustart neue Kennwörter vergeben.
            """);
        Folder.Write("news/klinik.txt", """
            Stromausfall in der Klinik Südholm
            Nach dem Stromausfall am Wochenende lief die Klinik in Südholm zwei Tage mit Notstrom.
            Die Angestellten der Klinik müssen nach dem Stromausfall ihre Dienstpläne neu eintragen.
            """);
        Folder.Write("news/representatives.txt", """
            Representatives vote on restart of the shipyard
            The representatives of the shipyard workers voted on Tuesday to restart talks with the owners.
            The vote was close, a spokesman for the union said.
            """);
        Folder.Write("news/staff.txt", """
            Hospital employee of the year named
            A hospital employee from Nordhafen was named employee of the year after the power cut.
            """);
        for (var i = 0; i < 6; i++)
            Folder.Write($"news/other-{i}.txt", $"""
                Neue Abgeordnete im Stadtrat {i}
                Der Stadtrat von Ort {i} hat neue Abgeordnete, die Angestellten der Stadt feierten mit ihnen den Landtag der Region.
                """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_compound_detail_is_shown_by_its_parts_that_look_like_a_participle()
    {
        var answer = await Engine.AskAsync("Was müssen die Landtagsabgeordneten nach dem Neustart machen?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("landtag", answer.Citations[0].ArticleId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_compound_detail_with_a_participle_part_is_shown_by_its_parts()
    {
        var answer = await Engine.AskAsync("Was müssen die Klinikangestellten nach dem Stromausfall eintragen?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("klinik", answer.Citations[0].ArticleId, StringComparison.Ordinal);
    }
}
