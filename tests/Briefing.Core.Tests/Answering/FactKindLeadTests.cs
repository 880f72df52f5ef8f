using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10: the sentence of the right article that holds the asked fact leads, for kinds of questions people ask —
/// a place in a ranking, what a thing is called, whom a team lost to, a complaint as the reason, a rate. Over the
/// same small fixture articles, before this the answer quoted the sentence restating the question or abstained.
/// Articles invented.
/// </summary>
public sealed class FactKindLeadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private async Task<EngineFixture> EngineWith(params (string File, string Text)[] articles)
    {
        var engine = new EngineFixture(_folder);
        foreach (var (file, text) in articles) _folder.Write($"news/{file}", text);
        await engine.IngestAsync(_folder.Combine("news"));
        return engine;
    }

    private const string Race = """
        Stadtlauf in Lindau: Mara Völkel läuft als Elfte ins Ziel
        Die Läuferin Mara Völkel aus Bregenz hat beim Stadtlauf in Lindau am Sonntag eine neue Bestzeit aufgestellt. Sie brauchte für die zehn Kilometer 34 Minuten und kam damit als Elfte ins Ziel. Gewonnen hat die Kenianerin Ruth Chebet. Völkel will im Herbst beim Marathon in Graz starten.
        """;

    [Theory]
    [InlineData("Als Wievielte kam Mara Völkel in Lindau ins Ziel?")]
    [InlineData("Als wievielte Läuferin kam Mara Völkel beim Stadtlauf ins Ziel?")]
    public async Task The_sentence_with_the_place_answers_a_ranking_question(string question)
    {
        using var engine = await EngineWith(("race.txt", Race));

        var answer = await engine.AskAsync(question);

        Assert.False(answer.Abstained);
        Assert.Contains("als Elfte", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_sentence_at_number_two_answers_who_was_runner_up()
    {
        using var engine = await EngineWith(("poll.txt", """
            Readers pick Larkwood Park as favourite green space
            Larkwood Park has been voted the favourite green space in the annual readers' poll of the Marston Gazette. More than 4,000 readers took part in the vote. Fenmoor Common came in at number two, ahead of the riverside gardens at Ashby. The park's keepers said they were delighted.
            """));

        var answer = await engine.AskAsync("Who was runner-up in the Marston Gazette readers' poll?");

        Assert.False(answer.Abstained);
        Assert.Contains("Fenmoor Common", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_title_after_heisst_answers_what_the_album_is_called()
    {
        using var engine = await EngineWith(("album.txt", """
            Sängerin Lena Brandl veröffentlicht neues Album
            Die Sängerin Lena Brandl hat am Freitag ihr drittes Album veröffentlicht. Darin singt die Tirolerin über ihre Kindheit auf einem Bergbauernhof. Das Album heißt Winter Light und wurde in Wien aufgenommen. Im Frühjahr geht Brandl damit auf Tournee.
            """));

        var answer = await engine.AskAsync("Wie heißt das Album, in dem Lena Brandl über ihre Kindheit singt?");

        Assert.False(answer.Abstained);
        Assert.Contains("Winter Light", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_title_answers_what_the_new_film_is_called()
    {
        using var engine = await EngineWith(("film.txt", """
            Director Ada Hume starts shooting her new film
            The director Ada Hume has started shooting her new film in the Scottish Highlands. The drama tells the story of a lighthouse keeper and his daughter. The film is titled The Long Shore and stars Ewan Price. It is due in cinemas next autumn.
            """));

        var answer = await engine.AskAsync("What's Ada Hume's new film called?");

        Assert.False(answer.Abstained);
        Assert.Contains("The Long Shore", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("Gegen wen hat Austria Linz das Cupfinale verloren?", "SV Ried")]
    [InlineData("Who beat Harrowgate Town in the county cup final?", "Brindley Athletic")]
    public async Task The_sentence_naming_the_winner_answers_against_whom(string question, string opponent)
    {
        using var engine = await EngineWith(("linz.txt", """
            Austria Linz verliert Cupfinale
            Austria Linz hat das Cupfinale in Klagenfurt verloren. Trainer Kurt Resch saß nach seiner Sperre erstmals wieder auf der Bank. Er konnte nicht verhindern, dass seine Mannschaft dem SV Ried mit 1:3 unterlag. Resch kündigte an, seinen Vertrag trotzdem zu verlängern.
            """), ("harrowgate.txt", """
            Harrowgate Town lose cup final
            Harrowgate Town have lost the county cup final at Pellham Road. Manager Dave Stokes returned to the dugout after his suspension. He could not prevent his side losing 3-1 to Brindley Athletic. Stokes said he was proud of his players.
            """));

        var answer = await engine.AskAsync(question);

        Assert.False(answer.Abstained);
        Assert.Contains(opponent, answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("Warum wollte die Trainerin Sabine Greif schon im Vorjahr zurücktreten?", "beklagte")]
    [InlineData("Why did Martin Shaw threaten to quit the choir?", "complained")]
    public async Task The_complaint_after_the_threat_answers_why(string question, string complaint)
    {
        using var engine = await EngineWith(("greif.txt", """
            Volleyballtrainerin Sabine Greif bleibt doch
            Die Trainerin der Volleyballerinnen von Hartberg, Sabine Greif, bleibt dem Verein erhalten. Greif hatte schon im Vorjahr mit dem Rücktritt gedroht. In einem Brief an den Vorstand beklagte sie damals Einmischung in ihre Aufstellung. Nun hat der Verein ihr volle Freiheit zugesichert.
            """), ("choir.txt", """
            Choir leader Martin Shaw threatens to quit
            The leader of the Elmfield Community Choir, Martin Shaw, has threatened to step down. Shaw has led the choir for twelve years. In a letter to members he complained of constant interference by the committee. The committee will meet on Thursday.
            """));

        var answer = await engine.AskAsync(question);

        Assert.False(answer.Abstained);
        Assert.Contains(complaint, answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_place_in_a_ranking_is_not_quoted_for_a_rate()
    {
        using var engine = await EngineWith(("czech.txt", """
            Arbeitslosenquote in Tschechien gesunken
            Die Arbeitslosenquote in Tschechien ist im Juni auf 3,1 Prozent gesunken. Im Mai hatte sie noch bei 3,4 Prozent gelegen. Im Standortranking der Weltbank liegt das Land wegen hoher Steuern nur auf Platz 41. Die Regierung will die Steuern senken.
            """));

        var answer = await engine.AskAsync("Wie hoch war die Arbeitslosenquote in Tschechien im Mai?");

        Assert.False(answer.Abstained);
        Assert.Contains("3,4 Prozent", answer.Citations[0].Quote);
        Assert.DoesNotContain(answer.Citations, c => c.Quote.Contains("Platz 41"));
    }

    [Theory]
    [InlineData("Wohin wechselt Eva Linsbauer als Botschafterin?", "Botschafterin nach Kanada")]
    [InlineData("Wohin geht Lukas Perner als Botschafter?", "Botschafter in Japan")]
    public async Task The_place_of_the_asked_persons_role_answers_not_the_next_persons(string question, string post)
    {
        using var engine = await EngineWith(("envoys.txt", """
            Neuer Botschafter für Japan
            Der Diplomat Lukas Perner wird Österreichs neuer Botschafter in Japan. Das hat das Außenministerium am Montag bekanntgegeben. Perner folgt auf Eva Linsbauer, die künftig als Botschafterin nach Kanada wechselt. Der 48-Jährige war zuletzt Gesandter in Seoul.
            """));

        var answer = await engine.AskAsync(question);

        Assert.False(answer.Abstained);
        Assert.Contains(post, answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_length_of_the_raid_answers_how_long_not_the_bankers_age()
    {
        using var engine = await EngineWith(("raid.txt", """
            Razzia bei Bankier in Döbling
            Die Finanzpolizei hat am Mittwoch die Villa des 62-jährigen Bankiers Herbert Stoiber in Döbling durchsucht. Dem Bankier wird vorgeworfen, 3 Millionen Euro an Steuern hinterzogen zu haben. Sein Anwalt sprach von einer überzogenen Aktion der Behörden. Die Durchsuchung soll vier Stunden lang gedauert haben, berichten Nachbarn. Stoiber war bis 2015 Vorstand einer Privatbank.
            """));

        var answer = await engine.AskAsync("Wie lange dauerte die Razzia beim Bankier in Döbling?");

        Assert.False(answer.Abstained);
        Assert.Contains("vier Stunden", answer.Citations[0].Quote);
        Assert.DoesNotContain(answer.Citations, c => c.Quote.Contains("62-jährigen"));
    }

    public void Dispose() => _folder.Dispose();
}
