using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The source a question names for its figure: "laut Veranstaltern", "according to the UN", "nach Angaben der
/// Polizei", "den Organisatoren zufolge". Articles give several figures for one event (the organisers', the police's,
/// a vague "Tausende" in the lede); the one attributed to the named source answers.
/// </summary>
internal static partial class AskedSource
{
    /// <returns>The source's word as written (its last word: "UN", "Veranstaltern", "Polizei"), or null.</returns>
    public static string? Of(string question) =>
        Source().Match(question) is { Success: true } m ? m.Groups["source"].Value : null;

    /// <summary>
    /// The source's names, which a sentence in the other language writes as the question does: "laut der neuen
    /// Mori-Umfrage für Countryfile" → Mori, Countryfile ("In the Countryfile survey, 47% ..."). Its common nouns
    /// (Umfrage, survey) are the question's language only.
    /// </summary>
    public static IReadOnlyList<string> NamesOf(string question)
    {
        if (Source().Match(question) is not { Success: true } m) return [];
        var phrase = m.Groups["source"].Value + (m.Groups["of"].Success ? " " + m.Groups["of"].Value : "");
        // A German noun among them ("Umfrage") is never written by the other language's sentence, so one name found is enough.
        return phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).ToList();
    }

    /// <remarks>
    /// A German adjective before the source's noun is lower-case ("laut der neuen Umfrage"): the noun after it is the
    /// source. A name the source is for or of follows it ("Umfrage für Countryfile", "survey for Countryfile").
    /// </remarks>
    [GeneratedRegex(@"\b(?i:laut|according\s+to|nach\s+Angaben)\s+((?i:" + ArticleAlternations.DefiniteOrPossessive + @"|von)\s+)*((?:\p{Ll}+\s+){1,3}(?=\p{Lu}))?(?<source>\p{L}[\p{L}\-]*)(\s+(für|for|von|of)\s+(?<of>\p{Lu}[\p{L}\-]*))?|(?<source>\p{L}[\p{L}\-]*)\s+zufolge\b")]
    private static partial Regex Source();
}
