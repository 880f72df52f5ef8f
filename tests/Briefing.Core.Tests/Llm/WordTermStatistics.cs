using Briefing.Core.Search;

namespace Briefing.Core.Tests.Llm;

/// <summary>A stand-in for the index's analysis in LLM tests: lower-cased words (split like the index splits "AT&amp;T"), every term equally rare.</summary>
internal sealed class WordTermStatistics : ITermStatistics
{
    public IReadOnlyList<string> AnalyzeTerms(string text, string language) =>
        text.Split([' ', ',', '.', '?', '!', ';', ':', '&'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();

    public double InverseDocumentFrequency(string term, string language) => 1.0;
}
