using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A sentence that locates a place inside another ("in Noordwijk in den Niederlanden", "in West Edmonton, Alberta")
/// names the more specific place: for a where-question it leads before a sentence of the same article naming only a
/// wider one, also when it stands far from the question's names. Scored sentences built by hand so the choice alone is tested.
/// </summary>
public sealed class PlaceLocatedWithinLeadTests
{
    private static readonly PassageHit First = new(
        new Passage("a#p0", "a", 0, "", "de"), new ArticleInfo("a", "Däne steuert Roboter aus dem All", null, null, null, "de"), 1f);

    private static readonly PassageHit Other = new(
        new Passage("b#p0", "b", 0, "", "de"), new ArticleInfo("b", "Roboter in Forschung", null, null, null, "de"), 0.8f);

    private static readonly IReadOnlySet<string> QuestionTerms = new HashSet<string> { "roboter", "astronaut", "iss", "gesteuert" };

    private static readonly CandidateSentence OnEarth = Sentence(
        "Mogensen hat am Montag erstmals von der Raumstation aus einen Roboter auf der Erde gesteuert.", First, 0, 0.46, 1.16, ["erde"], marked: true);

    [Fact]
    public void A_place_located_inside_another_leads_before_a_wider_place()
    {
        List<CandidateSentence> candidates = [OnEarth, Sentence("Das Gerät befindet sich in Noordwijk in den Niederlanden.", First, 3, 0.15, 0.81, ["noordwijk", "niederlanden"])];

        Assert.StartsWith("Das Gerät", AnswerShaper.Choose(candidates, 3, AnswerType.Place, QuestionTerms, "de")[0].Text);
    }

    [Fact]
    public void A_town_with_its_province_after_a_comma_counts_as_located()
    {
        List<CandidateSentence> candidates = [OnEarth, Sentence("Das Gerät steht in einer Halle in Edmonton, Alberta, seit Mai.", First, 3, 0.15, 0.81, ["edmonton", "alberta"])];

        Assert.StartsWith("Das Gerät", AnswerShaper.Choose(candidates, 3, AnswerType.Place, QuestionTerms, "de")[0].Text);
    }

    [Fact]
    public void A_list_of_places_locates_none()
    {
        List<CandidateSentence> candidates = [OnEarth, Sentence("Ähnliche Geräte gibt es in Paris, London und Berlin.", First, 3, 0.15, 0.81, ["paris", "london", "berlin"])];

        Assert.StartsWith("Mogensen hat", AnswerShaper.Choose(candidates, 3, AnswerType.Place, QuestionTerms, "de")[0].Text);
    }

    [Fact]
    public void One_of_another_article_does_not_lead()
    {
        List<CandidateSentence> candidates = [OnEarth, Sentence("Das Gerät befindet sich in Noordwijk in den Niederlanden.", Other, 0, 0.15, 0.81, ["noordwijk", "niederlanden"])];

        Assert.StartsWith("Mogensen hat", AnswerShaper.Choose(candidates, 3, AnswerType.Place, QuestionTerms, "de")[0].Text);
    }

    private static CandidateSentence Sentence(string text, PassageHit hit, int position, double coverage, double score, string[] novel, bool marked = true) =>
        new(text, hit, 0, position, text.ToLowerInvariant().Split(' ').ToHashSet(), coverage, score)
        {
            Novel = novel.ToHashSet(), ContextCoverage = coverage, ShowsPredicate = true, ShowsCore = true, ShowsUnit = true, NamesAskedKind = marked,
        };
}
