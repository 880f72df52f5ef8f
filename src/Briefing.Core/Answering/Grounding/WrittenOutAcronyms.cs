using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The question's acronyms ("the UN", "die EZB") as a sentence shows them by writing the name out ("the United Nations
/// Economic Commission", "die Europäische Zentralbank"): the details check already accepts the long form
/// (<see cref="NameInitials.WrittenOut"/>), but the lead's nearness to the question's names (<see cref="CandidateSentence.ShowsCore"/>)
/// looked for the acronym's own term, so the one sentence that answers was "far from the question's names".
/// </summary>
internal sealed class WrittenOutAcronyms
{
    private readonly IReadOnlyList<string> _acronyms;
    private readonly NameDetector _names;
    private readonly ITermStatistics _statistics;

    private WrittenOutAcronyms(IReadOnlyList<string> acronyms, NameDetector names, ITermStatistics statistics)
    {
        _acronyms = acronyms;
        _names = names;
        _statistics = statistics;
    }

    /// <param name="questionNames">The question's name words; its acronyms are those among them.</param>
    public static WrittenOutAcronyms Of(IEnumerable<string> questionNames, NameDetector names, ITermStatistics statistics) =>
        new(questionNames.Where(NameDetector.IsAcronym).Distinct(StringComparer.Ordinal).ToList(), names, statistics);

    /// <summary>
    /// <paramref name="terms"/> (the analysed terms of <paramref name="text"/>) with the terms of every question acronym
    /// that <paramref name="text"/> writes out; the same set when it writes out none.
    /// </summary>
    public IReadOnlySet<string> Add(IReadOnlySet<string> terms, string text, string language)
    {
        if (_acronyms.Count == 0) return terms;
        HashSet<string>? shown = null;
        foreach (var acronym in _acronyms)
        {
            if (!NameInitials.WrittenOut(text, acronym, w => _names.IsCommonWord(w, language) is not null)) continue;
            shown ??= new HashSet<string>(terms, StringComparer.Ordinal);
            shown.UnionWith(_statistics.AnalyzeTerms(acronym, language));
        }
        return shown ?? terms;
    }
}
