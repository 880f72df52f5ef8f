using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, which-questions answered with the sentence that restates the question: the asked version is the name with
/// its number ("Android 6.0" for "Auf welcher Android-Version ...?"), and the asked noun marks its name in the other
/// language through its translation ("Which group ...?" → "eine Gruppe namens Die Söhne des Nordens"). Articles invented.
/// </summary>
public sealed class AskedClassLeadTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        group /ɡɹˈuːp/
        Gruppe <fem>
        ---
        rocket attack /ɹˈɒkɪt ətˈæk/
        Raketenangriff <masc>
        ---
        claim /klˈeɪm/
        bekennen
        """;

    private const string GermanEnglish = """
        Gruppe /ɡʁʊpə/ <fem>
        group
        ---
        Raketenangriff /ʁakeːtn̩anɡʁɪf/ <masc>
        rocket attack
        ---
        bekennen /bəkɛnən/ <v>
        claim, confess
        """;

    public AskedClassLeadTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/nordmod.txt", """
            Nordmod 9 kommt auf weitere Geräte
            Die alternative Android-Firmware Nordmod macht weiter Fortschritte und erscheint für weitere Geräte.
            Version 9, die eine Abwandlung von Android 6.0 ist, wurde im Herbst angekündigt.
            Die Liste der Geräte für Nordmod 9 wächst stetig an.
            """);
        Folder.Write("news/gnomix.txt", """
            Gnomix desktop to get cloud drive support
            The Gnomix desktop will get support for cloud drives in its next version, the developers said on Monday.
            The feature is planned for Gnomix 3.18 after a delay.
            Other desktops already offer such tools.
            """);
        Folder.Write("news/rakete.txt", """
            Armee greift Lager an der Grenze an
            Nach einem Raketenangriff auf die Grenzstadt hat die Armee ein Lager der Miliz angegriffen, sagte ein Sprecher der Armee.
            Eine bisher unbekannte Gruppe namens Söhne des Nordens bekannte sich zu dem Raketenangriff.
            Verletzt wurde bei dem Angriff niemand.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_German_question_for_a_version_is_answered_by_the_name_with_its_number()
    {
        var answer = await Engine.AskAsync("Auf welcher Android-Version basiert Nordmod 9?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Android 6.0", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task An_English_question_for_a_version_is_answered_by_the_name_with_its_number()
    {
        var answer = await Engine.AskAsync("Which Gnomix version will get support for cloud drives?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Gnomix 3.18", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task An_English_which_question_finds_the_name_after_the_translated_noun_in_a_German_report()
    {
        var answer = await Engine.AskAsync("Which group claimed the rocket attack on the border town?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Söhne des Nordens", answer.Citations[0].Quote);
    }
}
