using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// The names news gives a work, a product or a new company ("Wie heißt das Album?", "What's the new film called?"):
/// the words after a verb or phrase of naming ("Das Album heißt Salt and Sand", "titled The Long Shore", "mit dem
/// Titel ...", "namens ...") or a short phrase in quotes. A title is often made of common words, or of English words
/// in a German sentence, so the name detector alone does not see it.
/// </summary>
internal static partial class TitlePhrases
{
    /// <summary>A quoted title has at most this many words; longer quotes are speech.</summary>
    private const int MaxQuotedWords = 6;

    /// <returns>The titles, lower-cased, as comparable keys.</returns>
    public static IEnumerable<string> In(string text)
    {
        foreach (Match match in AfterNaming().Matches(text))
        {
            var title = TrailingParticle().Replace(match.Groups["title"].Value, "").Trim();
            if (title.Length > 1) yield return title.ToLowerInvariant();
        }
        foreach (Match match in Quoted().Matches(text))
        {
            var title = match.Groups["title"].Value.Trim();
            if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxQuotedWords && !title.EndsWith(',')) yield return title.ToLowerInvariant();
        }
    }

    /// <summary>
    /// A naming verb or phrase, then capitalised words joined by small words ("Salt and Sand", "Der Morgen", "Winter
    /// Light"): "heißt", "lautet", "namens", "mit dem Titel", "trägt den Namen", "called", "titled", "named", "dubbed".
    /// </summary>
    [GeneratedRegex(@"\b(heißt|heisst|hieß|hiess|heißen|lautet|lautete|namens|betitelt|titled|entitled|called|named|dubbed|(mit|unter)\s+dem\s+(titel|namen)|(trägt|trug)\s+den\s+(titel|namen)|under\s+the\s+(title|name))\s*[:„""“'‚«»]*\s*(?<title>\p{Lu}[\p{L}\d'’\-]*(\s+((of|and|the|a|in|on|for|to|und|der|die|das|von|im|am|&)\s+)*(\p{Lu}[\p{L}\d'’\-]*|\d+))*)")]
    private static partial Regex AfterNaming();

    [GeneratedRegex(@"\s+(of|and|the|a|in|on|for|to|und|der|die|das|von|im|am|&)$")]
    private static partial Regex TrailingParticle();

    /// <summary>A short phrase in quotes that starts with a capital: „Winter Light“, "The Long Shore", «Nachtzug», 'Salt and Sand'.</summary>
    [GeneratedRegex(@"[„""“«‚‘](?<title>\p{Lu}[^„""“”«»‚‘’\n]{0,60}?)[“""”»‘’](?!\p{L})")]
    private static partial Regex Quoted();
}
