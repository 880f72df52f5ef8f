using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A figure the question names besides a year ("das kurze Rennen über 4 km") says which of the article's events it asks
/// about: the lead names it when a sentence that answers does (<see cref="AskedFigures"/>), scored sentences built by hand
/// so the choice alone is tested.
/// </summary>
public sealed class AskedFiguresTests
{
    private static readonly PassageHit Hit = new(
        new Passage("a#p0", "a", 0, "", "en"), new ArticleInfo("a", "Kipchoge wins in Edinburgh", null, null, null, "en"), 1f);

    private static readonly IReadOnlySet<string> QuestionTerms = new HashSet<string> { "won", "edinburgh", "race", "4" };

    [Theory]
    [InlineData("Wer gewann beim Crosslauf in Edinburgh das kurze Rennen über 4 km?", "Nick McCormick held off his rivals to win the 4km race.", true)]
    [InlineData("Wer gewann beim Crosslauf in Edinburgh das kurze Rennen über 4 km?", "Eliud Kipchoge won the 9.2km race.", false)]
    [InlineData("How many books were put forward before they narrowed their list down to ten?", "It was tough getting down to only 10 from the 301 submitted.", true)]
    [InlineData("Welcher Stürmer hat drei Monate lang nicht gespielt?", "The Dutchman has not played for three months.", true)]
    public void A_figure_is_shown_in_digits_or_words_of_either_language(string question, string sentence, bool shown) =>
        Assert.Equal(shown, AskedFigures.Of(question).AreShownIn(sentence));

    [Theory]
    [InlineData("How many F-22 stealth fighters does the US military have?")]
    [InlineData("Who scored for Arsenal in the 3-1 defeat by Bayern?")]
    [InlineData("Wer steckt hinter dem PS4-Jailbreak?")]
    [InlineData("How much will the ministry save each year by closing the seven consulates?")]
    [InlineData("Who is chief executive of Lindtoys, whose profits rose by 90%?")]
    [InlineData("Wer wurde 2015 Meister?")]
    public void Names_scores_years_counts_and_shares_are_no_asked_figures(string question) =>
        Assert.False(AskedFigures.Of(question).Any);

    [Fact]
    public void The_sentence_with_the_asked_figure_leads()
    {
        var chosen = AnswerShaper.Choose(Candidates(figureShown: true), 3, AnswerType.Person, QuestionTerms, "en");

        Assert.Contains("Nick McCormick", chosen[0].Text);
    }

    [Fact]
    public void Without_an_asked_figure_the_best_scored_name_leads()
    {
        var chosen = AnswerShaper.Choose(Candidates(figureShown: false), 3, AnswerType.Person, QuestionTerms, "en");

        Assert.StartsWith("World 5000m champion", chosen[0].Text);
    }

    /// <summary>Both name a winner in a sentence about the races; the longer race's scores better on the question's words.</summary>
    private static List<CandidateSentence> Candidates(bool figureShown) =>
    [
        Sentence("World 5000m champion Eliud Kipchoge won the 9.2km race at the Great Edinburgh Cross Country.", 0, 0.6, 1.9, ["eliud", "kipchoge"], shows: !figureShown),
        Sentence("Gavin Thompson was the first Briton in 12th place while Nick McCormick held off his British rivals to win the 4km race.", 3, 0.5, 1.8,
            ["gavin", "thompson", "nick", "mccormick"], shows: true),
    ];

    private static CandidateSentence Sentence(string text, int position, double coverage, double score, string[] novel, bool shows) =>
        new(text, Hit, 0, position, text.ToLowerInvariant().Split(' ').ToHashSet(), coverage, score)
        {
            Novel = novel.ToHashSet(), NamesAskedKind = true, ContextCoverage = coverage, ShowsAskedFigures = shows,
        };
}
