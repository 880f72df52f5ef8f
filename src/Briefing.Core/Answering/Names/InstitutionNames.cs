using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// English names some kinds of institution with their class noun in the name: "the Royal Free Hospital", "St Mary's
/// hospital in Paddington", "the Savoy Hotel", "Wandsworth Prison". A report that knows which hospital writes it so; a
/// sentence that never writes the noun after a name ("Anna Keaveney has died of lung cancer aged 55", "after an operation
/// on Tuesday", "I told the hospital …", "a hospital scan") tells of the asked event, not where it happened, and its
/// other names (the TV series, the club) are no hospital.
/// </summary>
/// <remarks>
/// Only kinds whose names carry the noun: a university is often named without it ("Carnegie Mellon professor Raj Reddy"),
/// a club or a firm always is. Only English sentences: German names a hospital in many ways ("Rudolfstiftung", "AKH",
/// "Unfallkrankenhaus Linz"), and an English question's German answer is left to the other checks.
/// </remarks>
internal static partial class InstitutionNames
{
    /// <summary>The asked kind ("hospital") of an English "Which hospital …?" whose names carry their noun; null otherwise.</summary>
    public static string? AskedKind(string question, string language)
    {
        if (language != "en" || AskedHead.Of(question) is not { } head) return null;
        var noun = head.ToLowerInvariant();
        if (noun.EndsWith('s') && NamesByKind.ContainsKey(noun[..^1])) noun = noun[..^1];
        return NamesByKind.ContainsKey(noun) ? noun : null;
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> names an institution of <paramref name="kind"/>: one of its nouns right after a
    /// capitalised word inside the sentence ("Royal Free Hospital", "the Lister hospital"), or capitalised before "of"
    /// and a name ("Hospital of St John") or before the name ("the Hotel Nordstern").
    /// </summary>
    public static bool IsNamedIn(string sentence, string kind)
    {
        foreach (Match m in NounsByKind[kind].Matches(sentence))
        {
            if (CapitalisedWordBefore().Match(sentence[..m.Index]) is { Success: true } before && !FunctionWords.IsFunctionWord(before.Groups["word"].Value, "en")) return true;
            if (char.IsUpper(m.Value[0]) && OfAName().IsMatch(sentence[(m.Index + m.Length)..])) return true;
        }
        return false;
    }

    /// <summary>The nouns a name of each kind ends in: a hospital is also an infirmary or a medical centre.</summary>
    private static readonly Dictionary<string, string[]> NamesByKind = new(StringComparer.Ordinal)
    {
        ["hospital"] = ["hospital", "infirmary", "medical cent(?:er|re)", "clinic", "hospice"],
        ["hotel"] = ["hotel", "inn"],
        ["prison"] = ["prison", "jail", "gaol", "penitentiary", "correctional facility", "detention cent(?:er|re)"],
    };

    /// <summary>Each kind's nouns as one pattern, singular or plural, built once.</summary>
    private static readonly Dictionary<string, Regex> NounsByKind = NamesByKind.ToDictionary(kind => kind.Key,
        kind => new Regex($@"\b({string.Join('|', kind.Value)})s?\b", RegexOptions.IgnoreCase), StringComparer.Ordinal);

    /// <summary>
    /// A capitalised word (a name's last word, "St Mary's", "Free", "Cedars-Sinai") right before, not a sentence's first
    /// word; a hyphenated adjective of a name ("an Olympics-accredited hospital") describes an unnamed one.
    /// </summary>
    [GeneratedRegex(@"(?<=\S\s+)(?<word>\p{Lu}[\p{L}'’.]*(?:-\p{Lu}[\p{L}'’.]*)*)\s+$")]
    private static partial Regex CapitalisedWordBefore();

    /// <summary>After a capitalised noun: "of" and a name ("Hospital of St John"), or the name itself ("the Hotel Nordstern").</summary>
    [GeneratedRegex(@"^\s+((of|de|del)\s+(the\s+)?)?\p{Lu}")]
    private static partial Regex OfAName();
}
