using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The one way every generator abstains: in the question's language, naming the details no article shows (if any)
/// and the closest articles as "not the answer" (<see cref="GeneratedAnswer.Related"/>), without citations.
/// </summary>
internal static class Abstention
{
    private const int MaxRelated = 3;
    private const int RelatedInText = 2;

    /// <param name="missing">The question's details as written that no article shows; empty when the question as a whole is not covered.</param>
    /// <param name="closest">The retrieved passages, best first: their articles become the related list.</param>
    public static GeneratedAnswer For(AnswerContext context, string generator, IReadOnlyList<string> missing, IReadOnlyList<PassageHit> closest)
    {
        var related = Related(closest);
        missing = MissingPhrase.Join(MissingIn(context, missing), missing);
        var text = related.Count == 0 && missing.Count == 0
            ? Phrases.NotFound(context.Language)
            : Phrases.NotFoundWithClosest(context.Language, missing, related.Take(RelatedInText).Select(r => (r.Title, r.Published)).ToList());
        return new GeneratedAnswer(true, text, [], generator) { Related = related };
    }

    /// <summary>The question form the details were read from: the standalone one when it holds them all, else as asked.</summary>
    private static string MissingIn(AnswerContext context, IReadOnlyList<string> missing) =>
        missing.All(m => context.StandaloneQuestion.Contains(m, StringComparison.OrdinalIgnoreCase)) ? context.StandaloneQuestion : context.Question;

    /// <summary>The distinct articles of the closest passages, best first.</summary>
    public static IReadOnlyList<RelatedArticle> Related(IReadOnlyList<PassageHit> closest) =>
        closest.DistinctBy(h => h.Article.Id).Take(MaxRelated)
            .Select(h => new RelatedArticle(h.Article.Id, h.Article.Title.Trim().TrimEnd('.', ' '), h.Article.Published)).ToList();
}
