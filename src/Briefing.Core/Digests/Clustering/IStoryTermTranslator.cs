namespace Briefing.Core.Digests.Clustering;

/// <summary>
/// Optional German→English word translations (the offline FreeDict lexicon when installed) that let a German and
/// an English report of one event share more than names and numbers.
/// </summary>
public interface IStoryTermTranslator
{
    /// <summary>Up to a few English translations of a lower-case German word, best first; empty when unknown.</summary>
    IReadOnlyList<string> ToEnglish(string germanWord);
}
