using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

internal sealed partial class QuestionConstraints
{
    /// <summary>
    /// A capitalised German word the question uses as a detail that is the articles' vocabulary, not a name of its own:
    /// a compound of words the German articles write ("Recyclingfirma": Recycling + Firma) or a word they write
    /// ("Browser"). A German article shows it as a part of its own compounds, as it shows a dictionary noun
    /// (<see cref="QuestionConstraint.ListedWord"/>): "Recyclingunternehmen … die Firma", "Browserverteilung". A clipped
    /// front ("Gastromesse" for "Gastronomiemesse") is no part the articles write, so it is not reached. Only in the
    /// question's own language: another language's compounds are the dictionary's (the cross-lingual reading). Not an
    /// acronym, and not a word of a name of several words ("Tilo Berlin", "Arsène Wenger"): a person's name stands as
    /// written, "Berlin" is no part of "Berlinale".
    /// </summary>
    internal static bool IsGermanWordOfArticles(string name, string language, string[] compoundParts, IReadOnlyList<NamePhrase> phrases, ITermStatistics statistics) =>
        language == "de" && !NameDetector.IsAcronym(name)
        && !phrases.Any(p => p.Surface.Split(' ').Contains(name, StringComparer.Ordinal))
        && (compoundParts.Length > 0 || (statistics.AnalyzeTerms(name, language) is [var term] && statistics.DocumentFrequency(term, language) > 0));
}
