using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// An answer in the other language gives way to the same fact in the asker's language, but only to a sentence that gives
/// the answer itself: a figure shared by chance ("12th place" / "12. Minute") is no sign of one story (issue 10, answers
/// citing another article although the one that answers was retrieved first). Scored sentences built by hand.
/// </summary>
public sealed class AskersLanguageQuoteTests
{
    private static readonly IReadOnlySet<string> QuestionTerms = new HashSet<string> { "gewann", "crosslauf", "edinburgh", "rennen", "4" };

    [Fact]
    public void A_sentence_in_the_askers_language_sharing_only_a_figure_does_not_replace_the_answer()
    {
        var answer = Sentence("Gavin Thompson was the first Briton in 12th place while Nick McCormick held off his rivals to win the 4km race.",
            "race", "en", 1.0, ["gavin", "thompson", "nick", "mccormick"]);
        var match = Sentence("Smail Prevljak legte in der 12. Minute vom Elfmeterpunkt nach, das Saisontor von Hwang bedeutete die Entscheidung.",
            "match", "de", 0.6, ["smail", "prevljak", "hwang"]);

        var chosen = AnswerShaper.Choose([answer, match], 3, AnswerType.Person, QuestionTerms, "de");

        Assert.Same(answer, chosen[0]);
    }

    [Fact]
    public void A_sentence_in_the_askers_language_giving_the_same_answer_replaces_the_foreign_one()
    {
        var answer = Sentence("Gavin Thompson was the first Briton in 12th place while Nick McCormick held off his rivals to win the 4km race.",
            "race", "en", 1.0, ["gavin", "thompson", "nick", "mccormick"]);
        var same = Sentence("Nick McCormick gewann das kurze Rennen, Gavin Thompson wurde als bester Brite Zwölfter, auf Platz 12.",
            "lauf", "de", 0.6, ["nick", "mccormick", "gavin", "thompson"]);

        var chosen = AnswerShaper.Choose([answer, same], 3, AnswerType.Person, QuestionTerms, "de");

        Assert.Same(same, chosen[0]);
    }

    private static CandidateSentence Sentence(string text, string article, string language, double score, string[] novel) =>
        new(text, new PassageHit(new Passage($"{article}#p0", article, 0, text, language), new ArticleInfo(article, article, null, null, null, language), (float)score), 0, 0,
            text.ToLowerInvariant().Split(' ').ToHashSet(), 0.5, score)
        {
            ContextCoverage = 0.5, Novel = novel.ToHashSet(), NamesAskedKind = true,
        };
}
