using Briefing.Core.Evaluation;
using Briefing.Core.Search;
using Briefing.Core.Text;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Answering;

/// <summary>
/// The embedded default: picks the 1–<see cref="AnsweringOptions.MaxSentences"/> sentences of the top passages
/// that best answer the question (relevance, then diversity), keeps them verbatim and cites each. Abstains when
/// the best passage covers too little of the question (<see cref="AnsweringOptions.MinCoverage"/>).
/// </summary>
public sealed class ExtractiveAnswerGenerator : IAnswerGenerator
{
    public const string GeneratorName = "extractive";
    /// <summary>A sentence must score at least this share of the best one to join the answer.</summary>
    /// <remarks>0.55 → 0.40 added 0.8 points of XQuAD de answer hit for 2.9 instead of 2.4 sentences per answer.</remarks>
    private const double RelativeScoreFloor = 0.4;
    /// <summary>Term-set overlap above which two sentences say the same thing.</summary>
    private const double NearIdenticalOverlap = 0.6;

    private readonly ITermStatistics _statistics;
    private readonly IOptions<AnsweringOptions> _options;
    private readonly IReadOnlyList<IQueryExpander> _expanders;

    public ExtractiveAnswerGenerator(ITermStatistics statistics, IOptions<AnsweringOptions> options)
        : this(statistics, options, [])
    {
    }

    /// <param name="expanders">The same expanders retrieval uses: their translations let passages in the other language show evidence.</param>
    public ExtractiveAnswerGenerator(ITermStatistics statistics, IOptions<AnsweringOptions> options, IEnumerable<IQueryExpander> expanders)
    {
        _statistics = statistics;
        _options = options;
        _expanders = expanders.ToList();
    }

    public string Name => GeneratorName;

    public Task<GeneratedAnswer> GenerateAsync(AnswerContext context, CancellationToken cancellationToken)
    {
        var settings = _options.Value;
        var passages = context.Passages.Take(settings.CandidatePassages).ToList();
        var trace = new List<string>();
        if (passages.Count == 0) return Task.FromResult(Abstain(context, trace, "no passage matched"));

        var expansions = passages.Any(p => p.Passage.Language != context.Language)
            ? _expanders.SelectMany(e => e.Expand(context.StandaloneQuestion, context.Language)).ToList()
            : [];
        var (candidates, evidence) = SentenceCandidates.Score(context, passages, _statistics, expansions);
        AnswerObservation.ReportEvidence(evidence);
        if (context.Trace) trace.Add($"extractive: the best two-sentence window covers {evidence:P0} of the question (threshold {settings.MinCoverage:P0})");
        var details = new GenerationDetails { Evidence = evidence, EvidenceThreshold = settings.MinCoverage };
        if (evidence < settings.MinCoverage) return Task.FromResult(Abstain(context, trace, "evidence below threshold") with { Details = details });

        var chosen = Choose(candidates, settings.MaxSentences);
        var citations = chosen.Select((c, i) => new Citation(
            i + 1, c.Hit.Article.Id, c.Hit.Article.Title, c.Hit.Article.Source, c.Hit.Article.Url,
            c.Hit.Article.Published, c.Hit.Passage.Id, c.Text)).ToList();
        var body = string.Join(' ', chosen.Select((c, i) => $"{c.Text} [{i + 1}]"));
        var text = FramingLine(context.Language, chosen) is { } framing ? $"{framing} {body}" : body;
        return Task.FromResult(new GeneratedAnswer(false, text, citations, GeneratorName) { Trace = trace, Details = details });
    }

    private static List<CandidateSentence> Choose(IReadOnlyList<CandidateSentence> candidates, int maxSentences)
    {
        var ranked = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.PassageRank).ThenBy(c => c.Position).ToList();
        var chosen = new List<CandidateSentence>();
        var best = ranked[0].Score;
        foreach (var candidate in ranked)
        {
            if (chosen.Count >= maxSentences || candidate.Score < best * RelativeScoreFloor) break;
            if (chosen.Any(c => Overlap(c.Terms, candidate.Terms) > NearIdenticalOverlap || c.Text == candidate.Text)) continue;
            chosen.Add(candidate);
        }
        return chosen;
    }

    /// <summary>Jaccard overlap of two term sets.</summary>
    private static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>Quotes stay verbatim; when they are in another language, one line in the asker's language says so.</summary>
    private static string? FramingLine(string questionLanguage, IReadOnlyList<CandidateSentence> chosen)
    {
        var quoted = chosen.Select(c => c.Hit.Passage.Language).Distinct().ToList();
        if (quoted.Count == 1 && quoted[0] == questionLanguage) return null;
        return Phrases.QuotedInOtherLanguage(questionLanguage);
    }

    private static GeneratedAnswer Abstain(AnswerContext context, List<string> trace, string why)
    {
        if (context.Trace) trace.Add($"extractive: abstained ({why})");
        return new GeneratedAnswer(true, Phrases.NotFound(context.Language), [], GeneratorName) { Trace = trace };
    }
}
