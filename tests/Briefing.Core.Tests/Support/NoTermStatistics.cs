using Briefing.Core.Search;

namespace Briefing.Core.Tests.Support;

/// <summary>
/// An index that knows no word: every text is one term that occurs in no passage. German capitalised words that are
/// not compounds of indexed words are then names, so typing tests see only what the sentence's words themselves say.
/// </summary>
internal sealed class NoTermStatistics : ITermStatistics
{
    public IReadOnlyList<string> AnalyzeTerms(string text, string language) => [text.ToLowerInvariant()];
    public int DocumentFrequency(string term, string language) => 0;
    public double InverseDocumentFrequency(string term, string language) => 1;
}
