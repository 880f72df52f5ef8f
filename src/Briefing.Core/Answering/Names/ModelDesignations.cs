using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// The short designation after a product's name that tells its model: "iPhone X", "Airbus A380", "Galaxy S5",
/// "Wendelstein 7-X", "Rocky II". It is part of the name before it, not a noun of its own: read as a word, "X" became
/// the head of "das iPhone X" and "A" (its digits cut off) the head of "der Airbus A380".
/// </summary>
internal static partial class ModelDesignations
{
    /// <summary>
    /// Whether the word of <paramref name="text"/> at <paramref name="index"/> (of <paramref name="length"/> letters, as a
    /// letters-only reader cut it) is a model designation after a name: one capital letter, one or two capitals with digits
    /// written onto them ("A380", "S5"), or a roman numeral — after a space or after digits and a hyphen ("7-X").
    /// </summary>
    public static bool IsAt(string text, int index, int length)
    {
        if (index <= 0 || length == 0 || index + length > text.Length) return false;
        var word = text.Substring(index, length);
        var before = text[index - 1];
        var afterDigits = before == '-' && index > 1 && char.IsDigit(text[index - 2]);
        if (!char.IsWhiteSpace(before) && !afterDigits) return false;
        var digitsFollow = index + length < text.Length && char.IsDigit(text[index + length]);
        return (word.Length == 1 && char.IsUpper(word[0]))
               || (word.Length == 2 && word.All(char.IsUpper) && digitsFollow)
               || RomanNumeral().IsMatch(word);
    }

    /// <summary>"I" to "XIX": a sequel's or model's number (the empty match is no word); single letters are covered above.</summary>
    [GeneratedRegex(@"^X?(?:IX|IV|V?I{0,3})$")]
    private static partial Regex RomanNumeral();
}
