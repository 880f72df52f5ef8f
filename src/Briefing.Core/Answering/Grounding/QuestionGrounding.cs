using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>
/// The one grounding check every generator applies before it answers: the question's specific details (years,
/// numbers, names; <see cref="QuestionConstraints"/>) read from the question as asked, with the same translations
/// retrieval used, and the retrieved passages whose article shows them all (<see cref="ConstraintCheck"/>); and how
/// much of what the question asks about besides its names the best of those articles shows (<see cref="AskedTopic"/>).
/// </summary>
internal sealed class QuestionGrounding(ITermStatistics statistics, IReadOnlyList<IQueryExpander> expanders, NameDetector names, INewsIndex? index)
{
    private readonly ConstraintCheck _check = new(index, statistics);

    public GroundingResult Check(AnswerContext context, IReadOnlyList<PassageHit> passages)
    {
        var all = expanders.SelectMany(e => e.Expand(context.StandaloneQuestion, context.Language)).ToList();
        // The same-sense synonyms only the topic checks and the counted noun's terms in SentenceCandidates read
        // (WeightedTerm.CheckOnly) stay out of the details and the sentence coverage.
        var expansions = WeightedTerm.ForMatching(all);
        // Follow-ups carry the previous question's terms; only the details the user asked now are required.
        var constraints = QuestionConstraints.From(context.Question, context.Language, expansions, names, statistics);
        var articles = new ArticleTexts();
        var (kept, missingInBest, missingByArticle) = _check.Apply(passages, constraints, articles);
        var missing = QuestionConstraints.AsWritten(missingInBest, context.Question);
        var topic = AskedTopic.Of(context.Question, context.Language, all, names, statistics);
        if (!topic.Any || kept.Count == 0) return new GroundingResult(expansions, constraints, kept, missing) { Topic = topic, TopicExpansions = all, MissingByArticle = missingByArticle };
        // The kept article that shows most of the question's topic, and what it lacks (what an abstention names).
        var best = kept.DistinctBy(h => h.Article.Id).Select(h => (Hit: h, Terms: _check.Article(h, articles).Terms))
            .Select(a => (a.Hit, a.Terms, Share: topic.ShownShare(a.Terms, a.Hit.Passage.Language))).MaxBy(a => a.Share);
        context.Observer?.Feature("topicShare", best.Share);
        var topicMissing = topic.MissingIn(best.Terms, best.Hit.Passage.Language);
        if (best.Share < AskedTopic.MinShownShare)
            topicMissing = [.. topicMissing, .. DetailsMissingInTopicalArticle(passages, topic, missingByArticle, articles, context.Question)];
        return new GroundingResult(expansions, constraints, kept, missing)
        {
            Topic = topic, TopicExpansions = all, MissingByArticle = missingByArticle, TopicShare = best.Share, TopicMissing = topicMissing.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            KeyWordArticles = ArticlesShowingKeyWord(kept, topic, constraints, articles),
        };
    }

    /// <summary>
    /// The kept articles that show the topic's rarest word in their language (<see cref="AskedTopic.KeyWord"/>); null
    /// when a kept article's language has too few passages for a word none of them writes to say anything
    /// (<see cref="QuestionConstraints.MinPassagesOfVocabulary"/>: XQuAD's few paragraphs lack most words their
    /// translated questions paraphrase with), or when the question has a detail besides descriptions (a name, a number):
    /// beside it the unwritten word is the asker's description of what the article names ("den Mafioso Henry Hill", "Chef
    /// des Verpackungskonzerns Constantia Flexibles"), as in <see cref="QuestionConstraints"/>' unwritten words.
    /// </summary>
    private HashSet<string>? ArticlesShowingKeyWord(IReadOnlyList<PassageHit> kept, AskedTopic topic, QuestionConstraints constraints, ArticleTexts articles)
    {
        if (constraints.Items.Any(c => !c.Describes)) return null;
        var byArticle = kept.DistinctBy(h => h.Article.Id).ToList();
        if (byArticle.Any(h => statistics.PassageCountIn(h.Passage.Language) < QuestionConstraints.MinPassagesOfVocabulary)) return null;
        return byArticle.Where(h => topic.ShowsKeyWord(_check.Article(h, articles).Terms, h.Passage.Language)).Select(h => h.Article.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// "Wie viele Interceptions gelangen der Verteidigung der Panthers 2015?": the article about the Panthers' defence
    /// lacks the year, the one with the year is about something else. The abstention names what the retrieved article
    /// about the topic lacks too ("Zu Verteidigung, Panthers und 2015 …"), not only the topic words, which the closest
    /// article it lists right after plainly shows.
    /// </summary>
    private IEnumerable<string> DetailsMissingInTopicalArticle(IReadOnlyList<PassageHit> passages, AskedTopic topic,
        IReadOnlyDictionary<string, IReadOnlyList<QuestionConstraint>> missingByArticle, ArticleTexts articles, string question)
    {
        foreach (var hit in passages.DistinctBy(h => h.Article.Id))
        {
            if (!missingByArticle.TryGetValue(hit.Article.Id, out var lacks) || lacks.Count == 0) continue;
            if (topic.ShownShare(_check.Article(hit, articles).Terms, hit.Passage.Language) >= AskedTopic.MinShownShare)
                return QuestionConstraints.AsWritten(lacks, question);
        }
        return [];
    }
}
