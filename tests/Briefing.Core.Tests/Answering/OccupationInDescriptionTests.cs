using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Was macht X beruflich?", "What is X's job?" (issue 10): news often gives a job only in a description of the person —
/// after an age ("ein 26-jähriger Kraftfahrer"), after the person's name and "als" ("Derzeit ist Mete als Assistent …
/// beschäftigt"), as what someone's job was ("his previous job was schools minister"), or between dashes after the name
/// ("Clive Griffiths - Wales' defensive coach - is …"), or as a title before the name without an article ("von
/// Wirtschaftsprüfer Thomas Havranek", "vom Psychologen Donald Hebb"). That sentence answers, not the one restating the question.
/// Fixture articles, invented.
/// </summary>
public sealed class OccupationInDescriptionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_job_after_an_age_answers_what_someone_works()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/rettung.txt", """
            Bergretter holen Wanderer aus Steilwand
            Markus Pichler hat am Samstag zwei erschöpfte Wanderer aus einer Steilwand am Hochschwab geholt. Pichler ist ein 34-jähriger Installateur aus Leoben und seit zehn Jahren bei der Bergrettung. Die Wanderer blieben unverletzt.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Was macht Markus Pichler beruflich, der am Hochschwab zwei Wanderer geholt hat?");

        Assert.False(answer.Abstained);
        Assert.Contains("Installateur", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_job_after_the_name_and_als_answers_what_someone_does()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/landtag.txt", """
            Junger Gemeinderat rückt in den Landtag nach
            Der Gemeinderat Jonas Berger aus Hallein soll im Frühjahr in den Salzburger Landtag nachrücken. Derzeit ist Berger als Referent der Arbeiterkammer in Salzburg beschäftigt. Im Landtag soll er sich um Jugendthemen kümmern.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Was macht der Halleiner Gemeinderat Jonas Berger derzeit beruflich?");

        Assert.False(answer.Abstained);
        Assert.Contains("Referent", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_job_between_dashes_after_the_name_answers_what_his_job_is()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/league.txt", """
            Wales consider league training camp
            Wales could train with a rugby league club before the autumn internationals. Owen Pritchard - Wales' defensive coach - is a former Warrington player and knows the club well. The camp would last three days.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("What is Owen Pritchard's job with the Welsh rugby team?");

        Assert.False(answer.Abstained);
        Assert.Contains("defensive coach", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("Ein 17-jähriger Bursche ist am Montag in Wels mit seinem Rad gestürzt.")]
    [InlineData("Der 37-Jährige Berger wurde am Montag angelobt.")]
    [InlineData("His job was to organise the squad's travel.")]
    [InlineData("Ein 12-jähriger Bub ist am Montag in Wels mit seinem Rad gestürzt.")]
    [InlineData("Der 45-jährige Lenker wurde leicht verletzt.")]
    [InlineData("Der 30-jährige Verdächtige wurde festgenommen.")]
    [InlineData("The job was never going to be easy.")]
    [InlineData("His job is under threat.")]
    [InlineData("Heute ist Wien als Standort beliebt.")]
    [InlineData("Das Gebäude war Jahrzehnte als Hotel genutzt.")]
    [InlineData("Prices - already very high - rose again in May.")]
    public void An_age_before_a_young_person_or_a_job_said_as_a_task_gives_no_job(string sentence) =>
        Assert.Empty(Briefing.Core.Answering.OccupationPhrases.In(sentence));

    /// <summary>A month ends like an agent noun ("Oktober"), and the first word of the group is no job ("senior").</summary>
    [Theory]
    [InlineData("Das hatte im Oktober Innenminister Thomas Müller gesagt.", "oktober")]
    [InlineData("Bis zum Dezember Bundeskanzlerin Angela Merkel zu treffen, war das Ziel.", "dezember")]
    [InlineData("Before that, his job was senior manager at the bank.", "senior")]
    public void A_word_before_the_job_is_not_read_as_the_job(string sentence, string notJob) =>
        Assert.DoesNotContain(notJob, Briefing.Core.Answering.OccupationPhrases.In(sentence));

    [Theory]
    [InlineData("Der Mann ist ein 26-jähriger Kraftfahrer aus dem Bezirk Graz-Umgebung.", "kraftfahrer")]
    [InlineData("Elected in 2001 his previous job was school standards minister.", "minister")]
    [InlineData("Diese Regel wurde vom Psychologen Donald Hebb entwickelt.", "psychologen")]
    [InlineData("Geboten wurde der Bericht von Wirtschaftsprüfer Thomas Havranek.", "wirtschaftsprüfer")]
    [InlineData("Den Anfang machte Ex-Profi-Fußballer Otto Konrad, der das Team verließ.", "ex-profi-fußballer")]
    [InlineData("Die Lehrer sind überlastet, sagte Oliver Pilz, ein Lehrer aus Miskolc.", "lehrer")]
    [InlineData("But, says Nick Donofrio, senior vice-president of technology at IBM, it was not the thing.", "vice-president")]
    [InlineData("Before that, his job was senior manager at the bank.", "manager")]
    [InlineData("Clive Griffiths — Wales' defensive coach — is a former St Helens player.", "coach")]
    [InlineData("Derzeit ist Mete als Assistent des Obmanns beschäftigt.", "assistent")]
    [InlineData("Sie ist als Lehrerin tätig.", "lehrerin")]
    public void A_job_in_a_description_is_read(string sentence, string job) =>
        Assert.Contains(job, Briefing.Core.Answering.OccupationPhrases.In(sentence));

    public void Dispose() => _folder.Dispose();
}
