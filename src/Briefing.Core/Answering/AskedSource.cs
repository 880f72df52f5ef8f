using System.Text.RegularExpressions;

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

    [GeneratedRegex(@"\b(laut|according\s+to|nach\s+Angaben)\s+((the|der|des|dem|den|von|his|her|its|their|seinem|seiner|seinen|ihrem|ihrer|ihren)\s+)*(?<source>\p{L}[\p{L}\-]*)|(?<source>\p{L}[\p{L}\-]*)\s+zufolge\b", RegexOptions.IgnoreCase)]
    private static partial Regex Source();
}
