using Briefing.Core.Articles;
using Briefing.Core.Digests.Clustering;

namespace Briefing.Core.Digests.Summaries;

/// <summary>
/// The embedded summary: the story's most central sentences, verbatim, each cited. Central means: many of the
/// words the story's reports share (the cluster centroid), early in an article (news leads say what happened),
/// from different reports, not repeating each other, in the headline's language where possible.
/// </summary>
public sealed class ExtractiveStorySummarizer
{
    private const int PassagesPerReport = 3;
    private const int ReportsConsidered = 8;
    private const int MinSentenceChars = 25;
    private const int MaxSentenceChars = 450;
    private const double MaxOverlap = 0.5;

    /// <param name="story">The story.</param>
    /// <param name="passagesOf">An article's passages in reading order.</param>
    /// <param name="maxSentences">1..3.</param>
    public StorySummary Summarize(StoryCluster story, Func<string, IReadOnlyList<Passage>> passagesOf, int maxSentences)
    {
        var language = story.Representative.Language;
        var candidates = new List<CandidateSentence>();
        foreach (var report in story.DistinctReports.Take(ReportsConsidered))
        {
            var position = 0;
            foreach (var passage in passagesOf(report.Id).Take(PassagesPerReport))
            {
                foreach (var sentence in Text.SentenceSplitter.Split(passage.Text))
                {
                    var candidate = Score(story, report, passage, sentence, position++, language);
                    if (candidate is not null) candidates.Add(candidate);
                }
            }
        }
        var wanted = Math.Min(maxSentences, story.DistinctReports.Count() == 1 ? 2 : 3);
        var chosen = Choose(candidates, wanted);
        if (chosen.Count == 0) chosen = Fallback(story, passagesOf);
        var citations = chosen.Select((c, i) => new DigestCitation(i + 1, c.Passage.ArticleId, c.Passage.Id, c.Text)).ToList();
        var text = string.Join(' ', chosen.Select((c, i) => CitationMarker.Append(c.Text, i + 1)));
        return new StorySummary(text, citations);
    }

    private static CandidateSentence? Score(StoryCluster story, Article report, Passage passage, string sentence, int position, string language)
    {
        if (sentence.Length is < MinSentenceChars or > MaxSentenceChars) return null;
        if (sentence.EndsWith('?') || sentence.EndsWith(':')) return null;
        var tokens = new List<StoryToken>();
        StoryTokenizer.Tokenize(sentence, report.Language, tokens);
        var keys = tokens.Where(t => !t.IsStopWord).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        if (keys.Count < 4) return null;
        var centrality = keys.Sum(k => story.Centroid.GetValueOrDefault(k)) / Math.Sqrt(keys.Count + 4);
        var early = 1.0 / (1 + 0.25 * position);
        // A summary in one language reads better; another language's sentence only fills in when nothing else is left.
        var sameLanguage = string.Equals(report.Language, language, StringComparison.OrdinalIgnoreCase) ? 1.0 : 0.1;
        return new CandidateSentence(passage, sentence, keys, (centrality + 0.05) * early * sameLanguage);
    }

    private static List<CandidateSentence> Choose(List<CandidateSentence> candidates, int wanted)
    {
        var chosen = new List<CandidateSentence>();
        var remaining = new List<CandidateSentence>(candidates);
        while (chosen.Count < wanted && remaining.Count > 0)
        {
            // Another report's sentence is worth more than a second one from the same article.
            var best = remaining.MaxBy(c => c.Score * (chosen.Any(x => x.Passage.ArticleId == c.Passage.ArticleId) ? 0.7 : 1.0))!;
            remaining.Remove(best);
            if (chosen.Any(c => Overlap(c.Keys, best.Keys) > MaxOverlap)) continue;
            chosen.Add(best);
        }
        return chosen;
    }

    /// <summary>No sentence qualified (very short articles): quote the representative's first sentence as it is.</summary>
    private static List<CandidateSentence> Fallback(StoryCluster story, Func<string, IReadOnlyList<Passage>> passagesOf)
    {
        foreach (var report in story.DistinctReports)
        {
            var passage = passagesOf(report.Id).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p.Text));
            if (passage is null) continue;
            var sentence = Text.SentenceSplitter.Split(passage.Text)[0];
            return [new CandidateSentence(passage, sentence, [], 0)];
        }
        return [];
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}
