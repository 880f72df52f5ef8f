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
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
        "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn",
        "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
        "hundert", "hunderte", "hunderten", "tausend", "tausende", "tausenden", "million", "millionen", "milliarde", "milliarden",
        "dutzend", "dutzende", "dutzenden", "hälfte", "drittel", "viertel", "fünftel", "sechstel", "achtel", "zehntel",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
        "dozen", "dozens", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "eighth", "tenth", "tenths",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> writes a count or fraction ("forty", "twenty-five", "dreiundzwanzig").</summary>
    public static bool Is(string word) => Words.Contains(word) || GermanCompound().IsMatch(word) || EnglishCompound().IsMatch(word);

    /// <summary>German 21–99 in one word: "einundzwanzig", "fünfundvierzig".</summary>
    [GeneratedRegex(@"^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$", RegexOptions.IgnoreCase)]
    private static partial Regex GermanCompound();

    /// <summary>English 21–99 with a hyphen: "twenty-five", "forty-one".</summary>
    [GeneratedRegex(@"^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishCompound();
}
