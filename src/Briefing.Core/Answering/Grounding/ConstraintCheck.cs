using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>
/// Keeps the retrieved passages whose article shows every specific detail of the question (years, numbers, names):
/// the passage itself, else any passage of its article. What the best passage misses names the abstention.
/// </summary>
internal sealed class ConstraintCheck(INewsIndex? index, ITermStatistics statistics)
{
    /// <param name="articles">The articles read so far in this question's check (<see cref="Article"/>), by id.</param>
    public (IReadOnlyList<PassageHit> Kept, IReadOnlyList<QuestionConstraint> MissingInBest, IReadOnlyDictionary<string, IReadOnlyList<QuestionConstraint>> MissingByArticle) Apply(
        IReadOnlyList<PassageHit> passages, QuestionConstraints constraints, ArticleTexts articles)
    {
        if (constraints.Items.Count == 0 || passages.Count == 0) return (passages, [], new Dictionary<string, IReadOnlyList<QuestionConstraint>>());
        var kept = new List<PassageHit>();
        var byArticle = new Dictionary<string, IReadOnlyList<QuestionConstraint>>(StringComparer.Ordinal);
        IReadOnlyList<QuestionConstraint>? missingInBest = null;
        foreach (var hit in passages)
        {
            var language = hit.Passage.Language;
            var missing = constraints.MissingIn(Terms(hit.Passage.Text, language), [hit.Passage.Text], language);
            if (missing.Count > 0)
            {
                if (!byArticle.TryGetValue(hit.Article.Id, out var articleMissing))
                    byArticle[hit.Article.Id] = articleMissing = MissingInArticle(hit, constraints, articles);
                missing = articleMissing;
            }
            missingInBest ??= missing;
            if (missing.Count == 0) kept.Add(hit);
        }
        return (kept, missingInBest ?? [], byArticle);
    }

    private IReadOnlyList<QuestionConstraint> MissingInArticle(PassageHit hit, QuestionConstraints constraints, ArticleTexts articles)
    {
        var (terms, texts) = Article(hit, articles);
        return constraints.MissingIn(terms, texts, hit.Passage.Language);
    }

    /// <summary>The analysed terms of the hit's whole article (title and every passage, or the passage alone without an index) and its texts.</summary>
    public (IReadOnlySet<string> Terms, IReadOnlyList<string> Texts) Article(PassageHit hit, ArticleTexts articles)
    {
        if (articles.TryGetValue(hit.Article.Id, out var known)) return known;
        var language = hit.Passage.Language;
        var terms = new HashSet<string>(StringComparer.Ordinal);
        terms.UnionWith(statistics.AnalyzeTerms(hit.Article.Title, language));
        var texts = new List<string> { hit.Article.Title };
        foreach (var passage in index?.GetPassages(hit.Article.Id) ?? [hit.Passage])
        {
            // Each sentence's terms straight into the article's set: a set per passage first was built only to be copied.
            foreach (var sentence in PassageSentences.Of(passage.Text, language, statistics).Terms) terms.UnionWith(sentence);
            texts.Add(passage.Text);
        }
        return articles[hit.Article.Id] = (terms, texts);
    }

    private IReadOnlySet<string> Terms(string text, string language)
    {
        var sentences = PassageSentences.Of(text, language, statistics).Terms;
        // Sized for all the sentences' terms at once: grown by doubling, the set re-hashed a long passage's terms several times.
        var terms = new HashSet<string>(sentences.Sum(sentence => sentence.Count), StringComparer.Ordinal);
        foreach (var sentence in sentences) terms.UnionWith(sentence);
        return terms;
    }
}
