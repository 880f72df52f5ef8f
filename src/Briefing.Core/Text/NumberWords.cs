using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefing.Core.Text;

/// <summary>
/// Counts and fractions written as words in German and English news ("seventeen", "forty", "hundreds", "two dozen",
/// "a third", "dreißig", "fünfundzwanzig", "Dutzende"): a figure as much as "17" is. "one"/"ein" are left out, being
/// also articles and pronouns.
/// </summary>
public static partial class NumberWords
{
    /// <summary>
    /// Scale words in the plural: with a figure before them they are part of it ("5,7 Millionen"); alone they say an order
    /// of size ("millions of dollars", "Tausende Menschen"), not an amount. Declared before <see cref="Words"/>, which
    /// holds them too: static fields start in the order written.
    /// </summary>
    private static readonly string[] PluralScales =
    [
        "hunderte", "hunderten", "tausende", "tausenden", "millionen", "milliarden", "dutzende", "dutzenden",
        "hundreds", "thousands", "millions", "billions", "dozens",
    ];

    /// <summary>
    /// Fractions as words: "die Hälfte", "a third", "ein Viertel" give a share, not how many. Declared before
    /// <see cref="Words"/>, which holds them too.
    /// </summary>
    private static readonly string[] Fractions =
    [
        "hälfte", "drittel", "viertel", "fünftel", "sechstel", "achtel", "zehntel",
        "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "eighth", "tenth", "tenths",
    ];

    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
        "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn",
        "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
        "hundert", "tausend", "million", "milliarde",
        "dutzend",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "thousand", "million", "billion",
        "dozen",
        .. Fractions, .. PluralScales,
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PluralScaleSet = FrozenSet.ToFrozenSet(PluralScales, StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> FractionSet = FrozenSet.ToFrozenSet(Fractions, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="word"/> alone says no count: a plural scale without its figure ("Tausende") or a fraction
    /// ("die Hälfte", "a third"). "Tausende Nationalisten" and "die Hälfte der Führungskräfte" do not say how many.
    /// </summary>
    public static bool IsVagueCount(string word) => PluralScaleSet.Contains(word) || FractionSet.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a scale word in the plural ("millions", "Tausende"; see <see cref="PluralScales"/>).</summary>
    public static bool IsPluralScale(string word) => PluralScaleSet.Contains(word);

    /// <summary>Whether <paramref name="word"/> writes a count or fraction ("forty", "twenty-five", "dreiundzwanzig").</summary>
    public static bool Is(string word) => IsCount(word) || IsMultiple(word);

    private static bool IsCount(string word) => Words.Contains(word) || GermanCompound().IsMatch(word) || EnglishCompound().IsMatch(word) || IsGenitiveCount(word);

    /// <summary>
    /// "für den Kauf zweier Luxuswohnungen", "die Mutter dreier Kinder": German's genitive of two and three counts as "zwei"
    /// does. Lower case only: capitalised, "Zweier" and "Dreier" are nouns (a rowing pair, a three-point shot, a coalition).
    /// </summary>
    private static bool IsGenitiveCount(string word) => GenitiveCounts.ContainsKey(word);

    /// <summary>The genitive counts, compared by case (<see cref="IsGenitiveCount"/>): "Zweier" is a noun, no 2.</summary>
    private static readonly FrozenDictionary<string, string> GenitiveCounts =
        new Dictionary<string, string> { ["zweier"] = "2", ["dreier"] = "3" }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// How often, in one word: "zehnmal", "zwanzigmal", "twice" answer "Wie oft ...?" / "How often ...?" as "ten
    /// times" does. Only a count word before "mal": "diesmal", "manchmal", "einmal" say no number ("20-mal" is a figure already).
    /// </summary>
    private static bool IsMultiple(string word) =>
        word.Equals("twice", StringComparison.OrdinalIgnoreCase)
        || (word.Length > 3 && word.EndsWith("mal", StringComparison.OrdinalIgnoreCase) && IsCount(word[..^3]));

    /// <summary>
    /// The value of a count word up to twelve, as digits ("ten" → "10", "drei" → "3"), or null: a question that writes
    /// "narrowed it down to ten" already holds the "10" of the article's sentence, so only the other figure is new.
    /// Larger counts are rarely written out in both forms.
    /// </summary>
    public static string? Digits(string word) =>
        GenitiveCounts.TryGetValue(word, out var genitive) ? genitive : SmallCounts.TryGetValue(word, out var value) ? value : null;

    /// <summary>
    /// The count words that write <paramref name="digits"/> ("4" → "vier", "four"), none above twelve: news writes small
    /// counts in words ("mindestens vier Primzahlen"), so a question's "4" is shown by them as by the digit.
    /// </summary>
    public static IEnumerable<string> Written(string digits) =>
        SmallCounts.Concat(GenitiveCounts).Where(c => c.Value == digits).Select(c => c.Key);

    private static readonly FrozenDictionary<string, string> SmallCounts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["zwei"] = "2", ["drei"] = "3", ["vier"] = "4", ["fünf"] = "5", ["sechs"] = "6", ["sieben"] = "7", ["acht"] = "8",
        ["neun"] = "9", ["zehn"] = "10", ["elf"] = "11", ["zwölf"] = "12",
        ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7", ["eight"] = "8",
        ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A scale word that follows a figure and belongs to it: "40 Millionen Euro", "3.2 million viewers", "£4bn", "2 Mio.".
    /// The words a figure counts begin after it.
    /// </summary>
    public static bool IsScale(string word) => Scales.Contains(word);

    /// <summary>
    /// Whether digits end right before <paramref name="index"/> of <paramref name="text"/> (white space between): a scale
    /// word there belongs to that figure ("5,7 Millionen", "2 millions"); without one, "millions of dollars" says an order
    /// of size, not an amount.
    /// </summary>
    public static bool FollowsDigits(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        return i >= 0 && char.IsDigit(text[i]);
    }

    private static readonly FrozenSet<string> Scales = FrozenSet.ToFrozenSet(
        ["millionen", "milliarden", "mio", "mrd", "tausend", "million", "millions", "billion", "billions", "thousand", "bn", "m", "k"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where "one" is written as the article it also is, but said as a count: after a word that limits it ("lediglich eine
    /// Frau", "nur einen Treffer", "only one woman", "just one goal") or before "einzig" ("ein einziger Abgeordneter").
    /// "one"/"ein" are no <see cref="Is"/> figures alone; these say "1" as "zwei Frauen" says 2. Not before an adjective and
    /// its noun: "nur ein kleiner Teil" is the article ("only a small part").
    /// </summary>
    public static IEnumerable<(int Index, int Length)> LoneOnes(string text) =>
        LoneOne().Matches(text).Select(m => m.Groups["one"]).Select(g => (g.Index, g.Length));

    [GeneratedRegex(@"\b(?:(?i:nur|lediglich|bloß|bloss|gerade\s+(?:ein)?mal|only|just)\s+(?<one>(?i:ein|eine|einen|einem|einer|eines|one))(?!\s+\p{Ll}\p{L}*\s+\p{Lu})|(?<one>(?i:ein|eine|einen|einem|einer|eines))\s+(?i:einzig)\p{L}*|(?<one>(?i:one))\s+(?i:single))\b")]
    private static partial Regex LoneOne();

    /// <summary>German 21–99 in one word: "einundzwanzig", "fünfundvierzig".</summary>
    [GeneratedRegex(@"^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$", RegexOptions.IgnoreCase)]
    private static partial Regex GermanCompound();

    /// <summary>English 21–99 with a hyphen: "twenty-five", "forty-one".</summary>
    [GeneratedRegex(@"^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishCompound();
}
