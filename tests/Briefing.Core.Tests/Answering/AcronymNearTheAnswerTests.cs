using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A question names its source or subject by the acronym readers know ("according to the UN", "laut FPÖ"); the one
/// sentence that answers writes the name out ("the United Nations Economic Commission said", "Die Freiheitliche Partei
/// Österreichs beziffert …") and no sentence near it writes the acronym. The details check accepted the long form, but
/// the lead had to stand near the question's names, so every sentence was "far from the question's names" and the bot
/// abstained although the article answers (issue 10, false abstentions). A long form that spells another acronym does not
/// stand for it.
/// </summary>
public sealed class AcronymNearTheAnswerTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        united /juːnˈaɪtɪd/
        vereint, vereinigt
        ---
        nations /nˈeɪʃənz/
        Nationen <fem, pl>
        ---
        economic /ˌiːkəˈnɒmɪk/
        wirtschaftlich
        ---
        commission /kəˈmɪʃən/
        Kommission <fem>
        ---
        growth /ɡɹˈəʊθ/
        Wachstum <neut>
        ---
        grow /ɡɹˈəʊ/
        wachsen
        ---
        members /mˈɛmbəz/
        Mitglieder <neut, pl>
        """;

    private const string GermanEnglish = """
        freiheitliche /ˈfʁaɪ̯haɪ̯tlɪçə/ <adj>
        liberal
        ---
        Partei /paʁˈtaɪ̯/ <fem, n, sg>
        party
        ---
        Österreichs /ˈøːstəʁaɪ̯ç/ <neut, n, sg>
        Austria's
        ---
        Defizit /ˈdeːfit͡sɪt/ <neut, n, sg>
        deficit
        ---
        Haushalt /ˈhaʊ̯shalt/ <masc, n, sg>
        budget
        """;

    public AcronymNearTheAnswerTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/growth.txt", """
            Newcomers to lift the bloc's economy
            The economies of the bloc's newest members will do better than the old ones in 2005, a report says.
            The seven states which joined the bloc last year will see 4.8% growth, the United Nations Economic Commission said.
            In contrast, the older members can expect a much weaker year.
            """);
        Folder.Write("news/haushalt.txt", """
            Streit um den Landeshaushalt in Kärnten
            Der Landtag in Klagenfurt hat am Donnerstag den Haushalt für das kommende Jahr beschlossen.
            Die Freiheitliche Partei Österreichs beziffert das Defizit des Landes auf 120 Millionen Euro.
            Die Landesregierung widerspricht dieser Rechnung entschieden.
            """);
        // The acronyms themselves are written elsewhere in the index, so a sentence must show them to be near them.
        Folder.Write("news/peacekeepers.txt", """
            UN peacekeepers reach the border
            The first UN peacekeepers arrived at the border on Monday, a UN spokesman said.
            """);
        Folder.Write("news/wahlkampf.txt", """
            FPÖ und SPÖ starten in den Wahlkampf
            Die FPÖ stellte am Montag ihre Plakate vor, die SPÖ folgt nächste Woche.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_sentence_that_writes_out_the_UN_answers_according_to_the_UN()
    {
        var answer = await Engine.AskAsync("How fast will the bloc's seven new members grow this year, according to the UN?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("4.8%", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Die_Freiheitliche_Partei_Oesterreichs_steht_fuer_die_FPOe()
    {
        var answer = await Engine.AskAsync("Wie hoch ist das Defizit des Landes laut FPÖ?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("120 Millionen Euro", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_long_form_of_another_acronym_does_not_stand_for_the_asked_one()
    {
        var answer = await Engine.AskAsync("Wie hoch ist das Defizit des Landes laut SPÖ?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
