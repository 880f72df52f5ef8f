using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Was macht X beruflich?", "What does X do for a living?" (issue 10): the sentence giving the asked person's job
/// leads — said in a phrase of its own ("ist sonst als Krankenpfleger unterwegs"), or by the job noun that stands for a
/// quote's speaker ("..., meint der Anleihenanalyst.") — not the lede that restates what the question says of them,
/// nor a job word said of someone else. Fixture articles, invented.
/// </summary>
public sealed class OccupationLeadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_job_said_as_als_X_unterwegs_answers_what_someone_works()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/tafel.txt", """
            Freiwillige verteilen Essen am Bahnhof
            Lena Horak organisiert in Graz die Essensausgabe für Obdachlose am Bahnhof. Die Grazerin Lena Horak ist sonst als Krankenpflegerin unterwegs und kam über eine Kollegin zur Essensausgabe. Jeden Abend kommen rund 80 Menschen.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Was arbeitet Lena Horak eigentlich, wenn sie nicht gerade die Essensausgabe in Graz organisiert?");

        Assert.False(answer.Abstained);
        Assert.Contains("Krankenpflegerin", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_job_noun_that_stands_for_the_quotes_speaker_answers_what_he_does()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/zinsen.txt", """
            Zinswende lässt auf sich warten
            Hoffnungen auf steigende Sparzinsen kommen verfrüht, wenn es nach Paul Brenner von der Nordbank geht. Eine Erhöhung sei vor dem Herbst nicht zu erwarten. Für Sparer gebe es derzeit keinen Grund zur Eile, meint der Anleihenanalyst.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Was macht dieser Paul Brenner von der Nordbank eigentlich beruflich?");

        Assert.False(answer.Abstained);
        Assert.Contains("Anleihenanalyst", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_job_of_the_asked_person_leads_before_a_job_word_said_of_someone_else()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/judo.txt", """
            Judoka Tim Salzer holt Bronze in Prag
            Der Judoka Tim Salzer hat bei den Europameisterschaften in Prag Bronze gewonnen. Trainer Hans Moser bereitet Judoka aus ganz Österreich in Linz auf Turniere wie jenes in Prag vor. Von Beruf ist Salzer Tischler, trainiert wird am Abend.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Was macht der Judoka Tim Salzer eigentlich beruflich?");

        Assert.False(answer.Abstained);
        Assert.Contains("Tischler", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_job_noun_after_said_the_answers_what_someone_does_for_a_living()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/rates.txt", """
            Nora Quayle of Harlow Bank sees no rate rise
            Nora Quayle of Harlow Bank does not expect a rate rise for savers before the summer. Inflation is still falling. Savers should not expect better deals before autumn, said the economist.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("What does Nora Quayle of Harlow Bank do for a living?");

        Assert.False(answer.Abstained);
        Assert.Contains("economist", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_title_before_another_persons_name_does_not_answer_the_asked_persons_job()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/heer.txt", """
            Kanzler bestellt Minister nach Rede von Generalmajor Hollan ein
            In Wien sorgt eine Rede von Generalmajor Peter Hollan über die Zukunft des Bundesheeres für heftigen Streit. Der Kanzler bestellte am Montag Verteidigungsminister Anton Pichlbauer nach dem Streit um die Rede ins Kanzleramt. Über den Ausgang des Gesprächs wurde nichts bekannt.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Was macht Anton Pichlbauer beruflich, den der Kanzler nach dem Streit um die Rede von Generalmajor Hollan ins Kanzleramt bestellte?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Verteidigungsminister", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
