using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "der Verhaltensneurologe Daniel Margoliash (Universität Chicago)": the bracket after a quoted expert's name says where the
/// expert works, not where the asked event happened; for a person the question names, the bracket is what is asked.
/// Sentences and articles invented.
/// </summary>
public sealed class AffiliationOfOtherPersonTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_place_in_an_experts_affiliation_gives_way_to_the_place_of_the_event()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/frogs.txt", """
            Laubfrösche lernen ihre Rufe
            Boston – Laubfrösche lernen ihre Rufe auf ähnliche Weise wie Singvögel, berichten Forscher der Universität Boston.
            In einem Kommentar zur Studie über die Laubfrösche ergänzt der Verhaltensbiologe Daniel Margoliash (Universität Chicago), dass die Rufe der Laubfrösche angeboren seien.
            Diese im Süden Portugals heimischen Laubfrösche rufen schon als junge Tiere.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Wo sind die Laubfrösche aus der Studie über ihre Rufe heimisch?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Portugal", answer.Citations[0].Quote);
    }

    [Fact]
    public void The_bracket_after_a_person_the_question_names_is_kept()
    {
        var names = new NameDetector(new NoTermStatistics(), []);
        const string sentence = "Der Verhaltensbiologe Daniel Margoliash (Universität Chicago) ergänzt, dass die Rufe angeboren seien.";

        Assert.Contains("chicago", AffiliationOfOtherPerson.In(sentence, "de", names, _ => false));
        Assert.Empty(AffiliationOfOtherPerson.In(sentence, "de", names, w => w == "Margoliash"));
    }

    [Fact]
    public void A_bracket_of_a_fact_of_the_person_is_no_affiliation()
    {
        var names = new NameDetector(new NoTermStatistics(), []);

        Assert.Empty(AffiliationOfOtherPerson.In("Die Künstlerin Vija Celmins (geb. 1938 in Riga) zeigt ihre Bilder.", "de", names, _ => false));
    }

    [Fact]
    public void A_place_the_sentence_also_names_outside_the_bracket_is_kept()
    {
        var names = new NameDetector(new NoTermStatistics(), []);

        var keys = AffiliationOfOtherPerson.In("In Chicago stellte der Verhaltensbiologe Daniel Margoliash (Universität Chicago) die Studie vor.", "de", names, _ => false);

        Assert.DoesNotContain("chicago", keys);
    }

    [Fact]
    public void A_town_with_its_province_is_no_persons_affiliation()
    {
        var names = new NameDetector(new NoTermStatistics(), []);

        Assert.Empty(AffiliationOfOtherPerson.In("Das Fest findet in Bad Vöslau (Niederösterreich) statt.", "de", names, _ => false));
    }
}
