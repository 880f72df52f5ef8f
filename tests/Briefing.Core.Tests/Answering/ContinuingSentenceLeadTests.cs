using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// The answering sentence of the right article says the asked fact in words of its own, away from the question's
/// words (issue 10, false abstentions): a place the question names only as the setting ("at Valencia") is stated far
/// from it; the asked person is "Lopez" or "she" further on; a sum continues the sentence about the question
/// ("... der Schadenersatzklage gegen die GDL. Die bisherige beläuft sich auf 20 Millionen Euro."). Without the rules
/// each of these abstained ("no relevant sentence holds a new Duration/Number").
/// </summary>
public sealed class ContinuingSentenceLeadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private const string EnglishGerman = """
        money /mˈʌni/
        Geld <neut>
        ---
        railway /ɹˈeɪlweɪ/
        Bahn <fem>
        """;

    private const string GermanEnglish = """
        Geld /ɡˈɛlt/ <neut, n, sg>
        money <n>
        ---
        Bahn /bˈaːn/ <fem, n, sg>
        railway <n>
        """;

    [Fact]
    public async Task A_place_named_as_the_setting_need_not_stand_next_to_the_answer()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/lopez.txt", """
            Midfielder out with knee injury
            Maria Lopez twisted her left knee in the closing minutes of Sunday's league match, the club confirmed on Monday. The midfielder had to be helped off the pitch by two physiotherapists and was taken to hospital for a scan. The 2-1 defeat at Valencia left the side in ninth place. The scan showed damage to a ligament but no break, the club's medical staff said. Coach Anna Ferri said the team would miss her energy in midfield during a busy run of fixtures. Lopez will not be ready for four to six weeks. The club hopes she can return before the cup final in April.
            """);
        _folder.Write("news/lopez2.txt", """
            Lopez and Maria win doubles title
            Carlos Lopez and Maria Santos won the mixed doubles title on Saturday. Lopez said he was proud of his partner Maria.
            """);
        _folder.Write("news/lopez3.txt", """
            Lopez elected mayor
            Pedro Lopez has been elected mayor of the town with 54% of the vote. His wife Maria thanked the voters.
            """);
        _folder.Write("news/valencia.txt", """
            Valencia beat rivals in derby
            Valencia won the city derby 3-0 on Saturday in front of 40,000 fans. The Valencia coach praised his defence and said the knee of striker Paco Ruiz had held up well after his injury last season.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("How long will Maria Lopez be sidelined with the knee injury she picked up at Valencia?");

        Assert.False(answer.Abstained);
        Assert.Contains("four to six weeks", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_pronoun_further_on_speaks_of_the_person_the_lede_names()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/nurse.txt", """
            Nurse sacked after whistleblowing still waits for apology
            Jane Dobson, a former nurse at Riverside hospital, was dismissed in 2015 after she raised concerns about staffing on a children's ward. An employment tribunal later ruled that her dismissal had been unfair. The hospital trust has since been taken over by the county council. Campaigners have called for better protection for staff who speak out. But despite a £40,000 payout two years ago, she says she was never apologised to. The council said it had acted on the tribunal's findings.
            """);
        _folder.Write("news/council.txt", """
            Council pays compensation to flood victims
            The county council has paid compensation of £2m to residents whose homes were flooded last winter, the council said. Payments to each household ranged from £500 to £20,000.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("How much did the council pay the former nurse Jane Dobson?");

        Assert.False(answer.Abstained);
        Assert.Contains("£40,000", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Die_Summe_folgt_dem_Satz_der_die_Frage_als_Nomen_wiederholt()
    {
        // The dictionaries make "Geld" and "Bahn" words of the language, as FreeDict does (not names the article lacks).
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/gdl.txt", """
            Bahn erwägt höhere Forderung an Lokführer
            Der Tarifstreit zwischen der Deutschen Bahn und der Gewerkschaft der Lokomotivführer geht in die nächste Runde. Die Bahn wirft der Gewerkschaft vor, mit den Streiks im Sommer gegen die Friedenspflicht verstoßen zu haben. Nun prüft die Bahn eine Ausweitung der Schadenersatzklage gegen die GDL. Die bisherige beläuft sich auf 20 Millionen Euro. Die GDL wies die Vorwürfe zurück.
            """);
        _folder.Write("news/gdl2.txt", """
            Bahn verklagt Gewerkschaft nach Streiks
            Die Bahn verklagt die GDL wegen der Streiks im Sommer vor dem Arbeitsgericht in Frankfurt. Die Gewerkschaft der Lokführer hält die Klage für unbegründet.
            """);
        // Other German articles, so that the Bahn and the GDL are rarer words than the question's others.
        _folder.Write("news/kaernten.txt", """
            Schwarz-Grün in Kärnten: Bilanz nach hundert Tagen
            Hundert Tage nach dem Start der schwarz-grünen Koalition in Kärnten zieht Landeshauptmann Huber Bilanz. Die Zusammenarbeit mit dem grünen Partner sei besser als erwartet, sagte er am Montag in Klagenfurt. Streit habe es nur beim Straßenbau gegeben. Man habe bisher rund 90 Gesetze im Landtag verabschiedet, sagte Huber. Die Opposition spricht von einem Fehlstart.
            """);
        _folder.Write("news/jagd.txt", """
            Kärnten beschließt neues Jagdgesetz
            Die Regierung in Kärnten hat am Dienstag in den ersten Sitzungen nach der Sommerpause das neue Jagdgesetz beschlossen, teilte die Landesregierung mit. Künftig dürfen Wölfe leichter abgeschossen werden.
            """);
        _folder.Write("news/tirol.txt", """
            Tiroler Regierung beschließt Gesetze zum Wohnen
            Die schwarz-grüne Regierung in Tirol hat in ihren ersten hundert Tagen drei Gesetze zum leistbaren Wohnen beschlossen. Die Landesregierung will bis zum Sommer weitere Gesetze vorlegen.
            """);
        _folder.Write("news/klage.txt", """
            Fahrgastverband verklagt Bahn wegen Verspätungen
            Ein Fahrgastverband verklagt die Bahn wegen der vielen Verspätungen im Fernverkehr. Der Verband fordert eine pauschale Entschädigung für alle Pendler.
            """);
        _folder.Write("news/maut.txt", """
            Maut-Ausschuss nimmt Arbeit auf
            Der Untersuchungsausschuss zur gescheiterten Pkw-Maut hat sich am Donnerstag im Bundestag konstituiert. Er soll klären, warum das Verkehrsministerium die Verträge mit den Betreibern vor dem Urteil des Europäischen Gerichtshofs unterschrieben hat.

            Den Vorsitz des Ausschusses übernimmt die Grünen-Abgeordnete Sabine Kraus aus Freiburg. Kraus kündigte an, als erste Zeugen Beamte des Ministeriums zu laden. Die Opposition wirft dem Minister vor, Schaden von mehr als 500 Millionen Euro verursacht zu haben.
            """);
        _folder.Write("news/bundestag.txt", """
            Bundestag beschließt Haushalt
            Der Bundestag hat am Freitag den Haushalt für das kommende Jahr beschlossen. Die Abgeordneten der Grünen stimmten dagegen. Der Ausschuss für Haushalt hatte zuvor bis in die Nacht beraten.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Auf wie viel Geld verklagt die Bahn die GDL?");

        Assert.False(answer.Abstained);
        Assert.Contains("20 Millionen Euro", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Die_Summe_am_Anfang_der_nächsten_Passage_folgt_dem_Satz_davor()
    {
        // One long paragraph, cut into two passages right before the sum: "Die bisherige ..." opens the second passage and
        // continues the last sentence of the first, as within one passage (it abstained, "no relevant sentence holds a new Number").
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/gdl.txt", """
            Bahn erwägt höhere Forderung an Lokführer
            Der Tarifstreit zwischen der Deutschen Bahn und der Gewerkschaft der Lokomotivführer geht in die nächste Runde. Die Bahn wirft der Gewerkschaft vor, mit den Streiks im Sommer gegen die Friedenspflicht verstoßen zu haben. Die Streiks hatten den Fernverkehr an vier Tagen fast vollständig lahmgelegt, Hunderttausende Pendler mussten auf Busse und Autos ausweichen. Auch der Güterverkehr war betroffen, mehrere Werke der Autoindustrie meldeten Engpässe bei der Anlieferung von Teilen. Nun prüft die Bahn eine Ausweitung der Schadenersatzklage gegen die GDL. Die bisherige beläuft sich auf 20 Millionen Euro. Die GDL wies die Vorwürfe am Montag entschieden zurück und sprach von einem Versuch, das Streikrecht auszuhöhlen. Ein Sprecher der Gewerkschaft kündigte an, notfalls bis vor das Bundesarbeitsgericht zu ziehen. Eine Entscheidung des Gerichts in Frankfurt wird nicht vor dem Herbst erwartet. Bis dahin wollen beide Seiten weiter verhandeln, Termine für neue Gespräche gibt es aber noch nicht.
            """);
        _folder.Write("news/gdl2.txt", """
            Bahn verklagt Gewerkschaft nach Streiks
            Die Bahn verklagt die GDL wegen der Streiks im Sommer vor dem Arbeitsgericht in Frankfurt. Die Gewerkschaft der Lokführer hält die Klage für unbegründet.
            """);
        _folder.Write("news/klage.txt", """
            Fahrgastverband verklagt Bahn wegen Verspätungen
            Ein Fahrgastverband verklagt die Bahn wegen der vielen Verspätungen im Fernverkehr. Der Verband fordert eine pauschale Entschädigung für alle Pendler.
            """);
        _folder.Write("news/jagd.txt", """
            Kärnten beschließt neues Jagdgesetz
            Die Regierung in Kärnten hat am Dienstag in den ersten Sitzungen nach der Sommerpause das neue Jagdgesetz beschlossen, teilte die Landesregierung mit. Künftig dürfen Wölfe leichter abgeschossen werden.
            """);
        _folder.Write("news/bundestag.txt", """
            Bundestag beschließt Haushalt
            Der Bundestag hat am Freitag den Haushalt für das kommende Jahr beschlossen. Die Abgeordneten der Grünen stimmten dagegen. Der Ausschuss für Haushalt hatte zuvor bis in die Nacht beraten.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Auf wie viel Geld verklagt die Bahn die GDL?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.StartsWith("Die bisherige beläuft sich auf 20 Millionen Euro.", answer.Citations[0].Quote);
        Assert.EndsWith("#p1", answer.Citations[0].PassageId);
    }

    [Fact]
    public async Task A_claim_that_refers_back_to_the_sentence_naming_the_dispute_states_the_sum()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/velotec.txt", """
            Streit um defekte Bremsen
            Der Fahrradhersteller Velotec hat im Frühjahr 4000 Räder zurückgerufen. Nun fordert Velotec vom Zulieferer Ritzelmann Schadenersatz für die defekten Bremsen. Die Forderung beläuft sich auf 3 Millionen Euro. Ritzelmann weist jede Schuld zurück.
            """);
        _folder.Write("news/velotec2.txt", """
            Velotec eröffnet neues Werk
            Der Fahrradhersteller Velotec hat in Leipzig ein zweites Werk eröffnet. Dort sollen künftig Lastenräder gebaut werden.
            """);
        _folder.Write("news/ritzel.txt", """
            Ritzelmann baut Stellen ab
            Der Zulieferer Ritzelmann streicht in seinem Werk in Chemnitz 200 Stellen. Die Gewerkschaft kündigte Proteste an.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Auf wie viel Geld verklagt Velotec den Zulieferer Ritzelmann?");

        Assert.False(answer.Abstained);
        Assert.Contains("3 Millionen Euro", answer.Citations[0].Quote);
    }

    /// <summary>A guard: "he" after another person is named is that person, not the asked one.</summary>
    [Fact]
    public async Task A_sum_about_someone_else_of_the_article_does_not_answer_for_the_asked_person()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/nurse.txt", """
            Nurse sacked after whistleblowing still waits for apology
            Jane Dobson, a former nurse at Riverside hospital, was dismissed in 2015 after she raised concerns about staffing on a children's ward. An employment tribunal later ruled that her dismissal had been unfair. The hospital trust has since been taken over by the county council. Campaigners have called for better protection for staff who speak out. Her former manager, Peter Grant, was moved to another ward. He received a £40,000 bonus two years later.
            """);
        _folder.Write("news/council.txt", """
            Council pays compensation to flood victims
            The county council has paid compensation of £2m to residents whose homes were flooded last winter, the council said. Payments to each household ranged from £500 to £20,000.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("How much did the council pay the former nurse Jane Dobson?");

        Assert.True(answer.Abstained || !answer.Citations[0].Quote.Contains("£40,000"));
    }

    public void Dispose() => _folder.Dispose();
}
