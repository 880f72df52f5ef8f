using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Support;

/// <summary>Words as written without function words (the index's analyser drops them); every word equally rare.</summary>
internal sealed class ContentWordStatistics : ITermStatistics
{
    private readonly WordTermStatistics _words = new();

    public IReadOnlyList<string> AnalyzeTerms(string text, string language) =>
        _words.AnalyzeTerms(text, language).Where(w => !FunctionWords.IsFunctionWord(w, language)).ToList();

    public double InverseDocumentFrequency(string term, string language) => 1.0;
}
