using Briefing.Core.Caching;
using Briefing.Core.Text;

namespace Briefing.Core.Search;

/// <summary>
/// A passage's sentences with their analysed terms. Reranking and answer writing both need them for the same
/// top passages of one question, and popular passages recur across questions, so they are kept in a small cache
/// keyed by the passage text (a changed passage is a new key).
/// </summary>
internal sealed record PassageSentences(IReadOnlyList<string> Sentences, IReadOnlyList<IReadOnlySet<string>> Terms)
{
    private bool[]? _planted;

    /// <summary>Whether sentence <paramref name="index"/> addresses a bot (<see cref="PlantedInstructionDetector"/>), checked once per passage.</summary>
    public bool IsPlantedInstruction(int index) =>
        (_planted ??= Sentences.Select(PlantedInstructionDetector.LooksLikeInstruction).ToArray())[index];

    private const int MaxCached = 8_192;
    private static readonly BoundedCache<(string Text, string Language), PassageSentences> Cache = new(MaxCached);

    public static PassageSentences Of(string text, string language, ITermStatistics statistics)
    {
        if (Cache.TryGetValue((text, language), out var cached)) return cached;
        var sentences = SentenceSplitter.Split(text);
        var terms = sentences.Select(s => (IReadOnlySet<string>)statistics.AnalyzeTerms(s, language).ToHashSet(StringComparer.Ordinal)).ToList();
        var result = new PassageSentences(sentences, terms);
        Cache.Set((text, language), result);
        return result;
    }
}
