using System.Globalization;

namespace Briefing.Core.Text;

/// <summary>Numbers written the German or the English way, made comparable.</summary>
public static class NumberText
{
    /// <summary>
    /// Thousands separators dropped, a decimal comma made a dot: "1.000", "1,000" and "1'000" → "1000";
    /// "2,5" and "2.5" → "2.5". A separator followed by exactly three digits (every time) reads as thousands.
    /// </summary>
    public static string Normalize(string number)
    {
        if (IsGroupedThousands(number)) return new string(number.Where(char.IsDigit).ToArray());
        return number.Replace(',', '.').Replace("'", "", StringComparison.Ordinal);
    }

    /// <summary>The runs of digits (with inner separators) inside a word such as "G20" or "1990s", normalised.</summary>
    public static IEnumerable<string> DigitRuns(string word)
    {
        var i = 0;
        while (i < word.Length)
        {
            if (!char.IsDigit(word[i])) { i++; continue; }
            var start = i;
            while (i < word.Length && (char.IsDigit(word[i])
                                       || (word[i] is '.' or ',' or '\'' && i + 1 < word.Length && char.IsDigit(word[i + 1]))))
                i++;
            yield return Normalize(word[start..i]);
        }
    }

    private static bool IsGroupedThousands(string number)
    {
        var groups = number.Split('.', ',', '\'');
        if (groups.Length < 2 || groups[0].Length is < 1 or > 3) return false;
        return groups.Skip(1).All(g => g.Length == 3) && groups.All(g => g.All(char.IsDigit) && g.Length > 0)
               && int.TryParse(groups[0], NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }
}
