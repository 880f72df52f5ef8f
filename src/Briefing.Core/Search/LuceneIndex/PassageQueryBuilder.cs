using Briefing.Core.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// Builds the passage query: the question's terms against the body field of every indexed language
/// (analysed with that language's analyzer, so names and numbers also match across languages), a weaker
/// title clause, and expansion terms at their own weights so they can never drown the original terms.
/// Grouped expansions (the translations of one word) become one disjunction: the best alternative counts.
/// </summary>
internal sealed class PassageQueryBuilder(LanguageAnalyzers analyzers, GermanCompoundSplitter? compounds = null)
{
    /// <summary>Weight of the question against passages in another language than its own.</summary>
    private const float OtherLanguageWeight = 0.6f;
    private const float TitleWeight = 0.3f;
    /// <summary>Share of the non-best alternatives of a group that still counts (Lucene's dis-max tie breaker).</summary>
    private const float GroupTieBreaker = 0.1f;
    private const int MaxClauses = 900;
    /// <summary>Weight of each part of a split German compound relative to the compound itself.</summary>
    private const float CompoundPartWeight = 0.5f;
    /// <summary>How many glued forms of one figure ("4km", "4m", "4bn") rank: the rarest, as BM25 weighs them.</summary>
    private const int MaxGluedTerms = 8;

    /// <param name="termQuery">Makes the term queries (field, term): the searcher's cache of term look-ups.</param>
    public Query Build(SearchRequest request, Func<string, string, TermQuery> termQuery)
    {
        var clauses = new Dictionary<(string Field, string Term), float>();
        var questionLanguage = LanguageAnalyzers.Normalize(request.Language);
        var text = QuestionContent(request.Text);
        foreach (var language in LanguageAnalyzers.Languages)
        {
            var weight = language == questionLanguage ? 1f : OtherLanguageWeight;
            AddTerms(clauses, language == questionLanguage || questionLanguage != "en" ? text : EnglishPossessives.Without(text), language, weight);
        }
        foreach (var expansion in request.Expansions.Where(e => e.Group is null && !e.Synonym))
        {
            AddTerms(clauses, expansion.Text, LanguageAnalyzers.Normalize(expansion.Language), expansion.Weight, titleToo: false);
        }

        var query = new BooleanQuery();
        foreach (var ((field, term), weight) in clauses.OrderByDescending(c => c.Value).Take(MaxClauses))
        {
            var clause = termQuery(field, term);
            clause.Boost = weight;
            query.Add(clause, Occur.SHOULD);
        }
        // "über 4 km" ranks the article's "4km race" as its "4": the glued term stands for the figure, each at its best.
        foreach (var required in request.Required.Where(r => r.Figure))
            foreach (var language in LanguageAnalyzers.Languages)
                if (analyzers.Analyze(required.Surface, language) is [var figure] && GluedUnits.IsFigure(figure))
                {
                    var glued = new RegexpQuery(new Term(LuceneFields.Body(language), GluedUnits.LucenePattern(figure)))
                        { MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MaxGluedTerms) };
                    glued.Boost = language == questionLanguage ? 1f : OtherLanguageWeight;
                    query.Add(glued, Occur.SHOULD);
                }
        // A phrase that translates two words ("Vereinigte Staaten" for "United" and "States") stands in both words'
        // groups; it counts once in all, as the two words' own translations together did, not once per group.
        var phraseGroups = request.Expansions.Where(e => e.Group is not null && e.AllWords)
            .GroupBy(e => (e.Language, e.Text.ToLowerInvariant()))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Group).Distinct().Count());
        foreach (var group in request.Expansions.Where(e => e.Group is not null && !e.Synonym).GroupBy(e => e.Group))
        {
            if (GroupQuery(group, clauses, termQuery, phraseGroups) is { } disjunction) query.Add(disjunction, Occur.SHOULD);
        }
        return query;
    }

    /// <summary>
    /// The passages that show every required term (in any language's body or title field), as a query that only
    /// selects; null when the request has none or a required term analyses to nothing.
    /// </summary>
    public Query? RequiredFilter(SearchRequest request, Func<string, string, TermQuery> termQuery) =>
        RequiredFilter(RequiredTermQueries(request, termQuery));

    /// <summary>The filter of terms <see cref="RequiredTermQueries"/> built already (a search that also needs them one by one).</summary>
    public static Query? RequiredFilter(IReadOnlyList<Query>? terms)
    {
        if (terms is null) return null;
        var filter = new BooleanQuery();
        foreach (var term in terms) filter.Add(term, Occur.MUST);
        return new ConstantScoreQuery(filter);
    }

    /// <summary>
    /// One query per required term: the passages that show it (any of its alternatives, in any language's body or
    /// title field); null when the request has none or a required term analyses to nothing.
    /// </summary>
    public IReadOnlyList<Query>? RequiredTermQueries(SearchRequest request, Func<string, string, TermQuery> termQuery)
    {
        if (request.Required.Count == 0) return null;
        var queries = new List<Query>(request.Required.Count);
        foreach (var required in request.Required)
        {
            var anyAlternative = new BooleanQuery();
            foreach (var alternative in required.Alternatives)
            {
                foreach (var language in LanguageAnalyzers.Languages)
                {
                    var terms = analyzers.Analyze(alternative, language).Distinct().ToList();
                    if (terms.Count == 0) continue;
                    foreach (var field in new[] { LuceneFields.Body(language), LuceneFields.TitleText(language) })
                    {
                        var allTerms = new BooleanQuery();
                        foreach (var term in terms) allTerms.Add(termQuery(field, term), Occur.MUST);
                        anyAlternative.Add(allTerms, Occur.SHOULD);
                        if (required.Figure && terms is [var figure] && GluedUnits.IsFigure(figure))
                            anyAlternative.Add(new RegexpQuery(new Term(field, GluedUnits.LucenePattern(figure))), Occur.SHOULD);
                        // "2016" is written "19.3.2016" in a dateline: the dotted date's term holds the year.
                        if (required.Figure && terms is [var year] && YearsInDates.IsYear(year))
                            anyAlternative.Add(new RegexpQuery(new Term(field, YearsInDates.LucenePattern(year))), Occur.SHOULD);
                    }
                }
            }
            if (anyAlternative.Clauses.Count == 0) return null;
            queries.Add(anyAlternative);
        }
        return queries;
    }

    /// <summary>The alternatives of one group as a dis-max query; terms the question itself already has are left to it.</summary>
    private DisjunctionMaxQuery? GroupQuery(IEnumerable<WeightedTerm> alternatives, Dictionary<(string, string), float> questionClauses,
        Func<string, string, TermQuery> termQuery, Dictionary<(string, string), int> phraseGroups)
    {
        var disjunction = new DisjunctionMaxQuery(GroupTieBreaker);
        var seen = new HashSet<(string, string)>();
        foreach (var alternative in alternatives)
        {
            var field = LuceneFields.Body(alternative.Language);
            var terms = analyzers.Analyze(alternative.Text, LanguageAnalyzers.Normalize(alternative.Language)).Distinct().ToList();
            if (alternative.AllWords && terms.Count > 1)
            {
                if (!seen.Add((field, string.Join(' ', terms)))) continue;
                var conjunction = new BooleanQuery();
                foreach (var term in terms) conjunction.Add(termQuery(field, term), Occur.MUST);
                conjunction.Boost = alternative.Weight / phraseGroups.GetValueOrDefault((alternative.Language, alternative.Text.ToLowerInvariant()), 1);
                disjunction.Add(conjunction);
                continue;
            }
            foreach (var term in terms)
            {
                if (questionClauses.ContainsKey((field, term)) || !seen.Add((field, term))) continue;
                var alternativeQuery = termQuery(field, term);
                alternativeQuery.Boost = alternative.Weight;
                disjunction.Add(alternativeQuery);
            }
            if (terms.Count > 1 && IsOrdinaryPhrase(alternative.Text) && seen.Add((field, string.Join(' ', terms))))
                disjunction.Add(WholeTranslation(field, terms, alternative.Weight, termQuery));
        }
        return seen.Count == 0 ? null : disjunction;
    }

    /// <summary>
    /// A translation of several words ("Notenbank" → "central bank", "Innenministerium" → "interior ministry") as one more
    /// alternative of its group, the passage that shows all its words: each word alone stays an alternative (the article
    /// may word it otherwise, "the bank"), but alone "bank" or "central" is as likely another thing, and the best word
    /// counted as much as the whole translation, so an article about any bank ranked with the one about the central bank.
    /// The index keeps no positions, so the words need not stand together; together they count as their sum.
    /// </summary>
    /// <remarks>
    /// Only a phrase of several words with one in lower case ("central bank", "geografische Breite"): a name's words
    /// ("North Korean", "South Korea", "Puerto Rico") are specific each alone, and adding them up let a German question's
    /// "Südkorea" rank English passages above the German report it asked about; nor one word the analyser gives two
    /// terms ("E-Werke"), which would count twice.
    /// </remarks>
    private static BooleanQuery WholeTranslation(string field, IReadOnlyList<string> terms, float weight, Func<string, string, TermQuery> termQuery)
    {
        var conjunction = new BooleanQuery();
        foreach (var term in terms) conjunction.Add(termQuery(field, term), Occur.MUST);
        conjunction.Boost = weight;
        return conjunction;
    }

    private static bool IsOrdinaryPhrase(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words && words.Any(w => char.IsLower(w[0]));

    /// <summary>The question without interrogatives and auxiliaries ("how many", "wurde"): they match everywhere and rank nothing.</summary>
    private static string QuestionContent(string question)
    {
        var kept = question.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !FunctionWords.IsQuestionWord(w.Trim('?', '!', '.', ',', ';', ':', '"', '\'', '(', ')')))
            .ToList();
        return kept.Count == 0 ? question : string.Join(' ', kept);
    }

    private void AddTerms(Dictionary<(string, string), float> clauses, string text, string language, float weight, bool titleToo = true)
    {
        foreach (var term in analyzers.Analyze(text, language).Distinct())
        {
            Merge(clauses, (LuceneFields.Body(language), term), weight);
            if (titleToo) Merge(clauses, (LuceneFields.TitleText(language), term), weight * TitleWeight);
            if (titleToo && language == "de" && compounds?.Split(term) is var (head, tail))
            {
                Merge(clauses, (LuceneFields.Body(language), head), weight * CompoundPartWeight);
                Merge(clauses, (LuceneFields.Body(language), tail), weight * CompoundPartWeight);
            }
        }
    }

    /// <summary>A term reached twice (question and expansion) keeps its strongest weight rather than adding up.</summary>
    private static void Merge(Dictionary<(string, string), float> clauses, (string, string) key, float weight)
    {
        clauses[key] = clauses.TryGetValue(key, out var existing) ? Math.Max(existing, weight) : weight;
    }
}
