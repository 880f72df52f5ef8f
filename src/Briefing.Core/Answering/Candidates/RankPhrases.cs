using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// Places in a ranking (<see cref="AnswerType.Rank"/>), as German and English news writes them: "belegte Platz 7",
/// "auf dem dritten Platz", "kam als Elfte ins Ziel", "wurde Vierte", "als 16.", "finished fourth", "came second",
/// "at number two", "second place", "runner-up", "No. 3". An ordinal alone ("the first album", "zum ersten Mal") is no
/// place: it counts only after a verb or preposition of placing, or next to a noun of rank.
/// </summary>
internal static partial class RankPhrases
{
    /// <returns>The rank phrases, lower-cased, as comparable keys.</returns>
    public static IEnumerable<string> In(string text)
    {
        foreach (var pattern in Patterns())
            foreach (Match match in pattern.Matches(text))
                yield return Regex.Replace(match.Value.ToLowerInvariant(), @"\s+", " ");
    }

    /// <summary>The place phrases of <paramref name="text"/> as matches, where they stand (<see cref="RankHolders"/>).</summary>
    public static IEnumerable<Match> Matches(string text) => Patterns().SelectMany(pattern => pattern.Matches(text));

    /// <summary>
    /// Whether the word at <paramref name="index"/> is part of a place in a ranking ("came in third place", "finished
    /// fourth", "wurde Vierte"): an ordinal written as a word there is a rank, not the fraction or count it also spells.
    /// </summary>
    /// <remarks>
    /// A seeding ("Third seed") and a place among the biggest ("the sixth largest power producer") too: no figure, though
    /// not the place a "Als Wievielter …?" question asks (not in <see cref="In"/>).
    /// </remarks>
    public static bool Covers(string text, int index) =>
        Patterns().Append(Seed()).Append(BeforeSuperlative()).Any(pattern => pattern.Matches(text).Any(m => m.Index <= index && index < m.Index + m.Length));

    /// <summary>
    /// Whether the figure at <paramref name="index"/> is a place in a ranking, named by the word right before it ("Platz
    /// 136", "Japan's number three", "Nummer 1", "Nr. 4", "No 3"), not an amount. The one reading of a rank noun before a
    /// figure, for candidates, counts and places in an order alike.
    /// </summary>
    public static bool IsRankNumber(string text, int index) => RankNounBefore().IsMatch(text.AsSpan(0, index));

    private static Regex[] Patterns() => [RankNoun(), OrdinalRankNoun(), GermanPlacedAs(), EnglishPlaced(), EnglishNumber()];

    /// <summary>The stems of German ordinals ("dritt", "elft"), which also open compounds ("Viertklässler", "Drittligist"); shared with <see cref="OrdinalCompounds"/>.</summary>
    internal const string GermanOrdinalStem = @"(erst|zweit|dritt|viert|fünft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwölft|dreizehnt|vierzehnt|fünfzehnt|sechzehnt|siebzehnt|achtzehnt|neunzehnt|zwanzigst|dreißigst|letzt|vorletzt)";
    /// <summary>German ordinal words in every case ("dritten", "Elfte"); shared with <see cref="OrdinalSeries"/>.</summary>
    internal const string GermanOrdinal = GermanOrdinalStem + "(e|er|es|en|em)";
    /// <summary>English ordinals in words and digits ("fourth", "19th", "2,277th"); shared with <see cref="OrdinalSeries"/>.</summary>
    internal const string EnglishOrdinal = @"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|last|\d{1,3}(,\d{3})*(st|nd|rd|th))";
    /// <summary>
    /// The place an ordinal word names: a German ordinal in any case or as "…platziert" ("Dritter", "elften",
    /// "drittplatzierte") or an English one in words ("third", "twentieth"); null for "letzte"/"last" and other words.
    /// </summary>
    /// <remarks>
    /// The values stand beside <see cref="GermanOrdinalStem"/> and <see cref="EnglishOrdinal"/>, which must stay constants
    /// for the generated regexes: a stem added there needs its value here (RankPhraseOrdinalValueTests checks every one).
    /// </remarks>
    public static int? OrdinalValue(string word)
    {
        var lower = word.ToLowerInvariant();
        if (EnglishOrdinalValues.TryGetValue(lower, out var english)) return english;
        var stem = GermanOrdinalWord().Match(lower);
        return stem.Success && GermanOrdinalValues.TryGetValue(stem.Groups["stem"].Value, out var german) ? german : null;
    }

    private static readonly FrozenDictionary<string, int> GermanOrdinalValues = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["erst"] = 1, ["zweit"] = 2, ["dritt"] = 3, ["viert"] = 4, ["fünft"] = 5, ["sechst"] = 6, ["siebt"] = 7, ["siebent"] = 7,
        ["acht"] = 8, ["neunt"] = 9, ["zehnt"] = 10, ["elft"] = 11, ["zwölft"] = 12, ["dreizehnt"] = 13, ["vierzehnt"] = 14,
        ["fünfzehnt"] = 15, ["sechzehnt"] = 16, ["siebzehnt"] = 17, ["achtzehnt"] = 18, ["neunzehnt"] = 19, ["zwanzigst"] = 20,
        ["dreißigst"] = 30,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> EnglishOrdinalValues = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
        ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14,
        ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A whole German ordinal word: its stem, then a case ending or "platziert…" ("drittplatzierte").</summary>
    [GeneratedRegex(@"^(?<stem>" + GermanOrdinalStem + @")(e|er|es|en|em|platziert\p{L}*)$")]
    private static partial Regex GermanOrdinalWord();

    private const string CountWord = @"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)";

    /// <summary>"Platz 7", "Rang 3", "place 12", "position 4", "Platz eins".</summary>
    [GeneratedRegex(@"\b(platz|rang|position)\s+" + CountWord + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex RankNoun();

    /// <summary>"den dritten Platz", "auf dem 5. Platz", "Rang zwei", "second place", "3rd place", "runner-up", "Vizemeister".</summary>
    [GeneratedRegex(@"\b((" + GermanOrdinal + @"|\d{1,3}\.)\s+(platz|rang|stelle)|" + EnglishOrdinal + @"[- ](place|position|spot)|runners?[- ]up|vize\p{L}*|zweitplatziert\p{L}*|drittplatziert\p{L}*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalRankNoun();

    /// <summary>"als Elfte", "als 16." (not "als 16. Januar"), "wurde Vierte", "landete als Siebter", "belegte den zweiten".</summary>
    [GeneratedRegex(@"\b(als|wurde|wurden|wird|ist|war|landete|landeten|belegte|belegten|kam|kamen)\s+(" + GermanOrdinal + @"|\d{1,3}\.(?!\s*(\d|jänner|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)))(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex GermanPlacedAs();

    /// <summary>
    /// "finished fourth", "came in second", "placed third", "ranked 12th", "was second", "finishing joint fifth"; a place in a
    /// sequence, "is the 2,277th" ("Der wievielte Stern …?"): "is" and "was" only before an ordinal in digits, as "was the
    /// first to" in words says no place.
    /// </summary>
    [GeneratedRegex(@"\b((finish(ed|es|ing)?|came|come|comes|coming|placed|ranked|ranks|ending|ended)\s+(in\s+)?(joint\s+|equal\s+)?" + EnglishOrdinal
        + @"|(is|was)\s+(the\s+)?\d{1,3}(,\d{3})*(st|nd|rd|th))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishPlaced();

    /// <summary>"at number two", "No. 3", "Nr. 4" in a chart or poll.</summary>
    [GeneratedRegex(@"\b(at\s+number\s+" + CountWord + @"|no\.\s*\d{1,3}|nr\.\s*\d{1,3})\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishNumber();

    /// <summary>
    /// "Third seed Tim Henman", "the fourth-seeded Spaniard", "an Nummer fünf gesetzt": a player's seeding is a place in a
    /// ranking. Read as a figure, "Third seed" answered "How many times did rain stop the match?" (probes) over "seven breaks".
    /// </summary>
    [GeneratedRegex(@"\b(" + EnglishOrdinal + @"[- ]seed(s|ed)?|(an|als)\s+nummer\s+" + CountWord + @"\s+gesetzt\p{L}*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Seed();

    /// <summary>
    /// "the sixth largest power producer", "the second-biggest bank", "the third most visited city": an ordinal before a
    /// superlative places a thing among others and counts nothing. Read as a figure, "sixth" answered "How many projects
    /// were suspended?" in a sentence about another firm.
    /// </summary>
    [GeneratedRegex(@"\b" + EnglishOrdinal + @"[- ](most\s+\p{L}+|\p{L}{2,}est|best|worst)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeSuperlative();

    /// <remarks>
    /// "No" only capitalised: a lower-case "no 3" may deny a count ("no one", "no 3 of them"). Not the "place" of "took place
    /// 3 km from the border".
    /// </remarks>
    [GeneratedRegex(@"\b((?i:platz|rang|(?<!\b(?:took|take|takes|taking|taken)\s+)place|position|number|nummer|nr\.?)|No\.?)\s*$")]
    private static partial Regex RankNounBefore();
}
