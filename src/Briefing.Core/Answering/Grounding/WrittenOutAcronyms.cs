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
    /// <summary>The parts already looked up (<see cref="IsKnownPart"/>): every sentence of every passage asks again.
    /// <see cref="QuestionConstraints"/> keeps its own per question for the passage-level checks.</summary>
    private readonly Dictionary<string, bool> _knownParts = new(StringComparer.Ordinal);

    private WrittenOutAcronyms(IReadOnlyList<string> acronyms, NameDetector names, ITermStatistics statistics)
    {
        _acronyms = acronyms;
        _names = names;
        _statistics = statistics;
    }

    /// <param name="questionNames">The question's name words; its acronyms are those among them.</param>
    public static WrittenOutAcronyms Of(IEnumerable<string> questionNames, NameDetector names, ITermStatistics statistics) =>
        new(questionNames.Where(IsAcronym).Distinct(StringComparer.Ordinal).ToList(), names, statistics);

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
            if (!IsWrittenOut(text, acronym, language, _names, _statistics, _knownParts)) continue;
            shown ??= new HashSet<string>(terms, StringComparer.Ordinal);
            shown.UnionWith(_statistics.AnalyzeTerms(acronym, language));
        }
        return shown ?? terms;
    }

    /// <summary>An acronym of capitals ("UN", "LKA") or with a small letter continuing a part of its long form ("EuGH").</summary>
    public static bool IsAcronym(string word) => NameDetector.IsAcronym(word) || Token.IsAcronymWithSmallLetters(word);

    /// <summary>
    /// Whether <paramref name="text"/> writes out the name <paramref name="acronym"/> abbreviates: one dictionary word a
    /// letter ("the United Nations", <see cref="NameInitials.WrittenOut"/>), or in German by the parts of its compounds
    /// ("Landeskriminalamt" for "LKA", <see cref="CompoundInitials.WrittenOut"/>), whose parts the index or the dictionary knows.
    /// </summary>
    /// <param name="knownParts">The parts already looked up, kept by the caller across texts: each look-up asks the analyser and the index.</param>
    public static bool IsWrittenOut(string text, string acronym, string language, NameDetector names, ITermStatistics statistics,
        Dictionary<string, bool> knownParts)
    {
        bool IsDictionaryWord(string word) => names.IsCommonWord(word, language) is not null;
        if (NameInitials.WrittenOut(text, acronym, IsDictionaryWord)) return true;
        if (language != "de") return false;
        return CompoundInitials.WrittenOut(text, acronym, IsDictionaryWord, part =>
        {
            if (!knownParts.TryGetValue(part, out var known))
                knownParts[part] = known = IsKnownPart(part, language, names, statistics);
            return known;
        });
    }

    /// <summary>A compound's part as a word of its own: a term of the index's articles, or a dictionary word ("Amt", "Vertrag").</summary>
    internal static bool IsKnownPart(string part, string language, NameDetector names, ITermStatistics statistics) =>
        (statistics.AnalyzeTerms(part, language) is [var term] && statistics.DocumentFrequency(term, language) > 0)
        || names.IsCommonWord(char.ToUpperInvariant(part[0]) + part[1..], language) is not null;
}
