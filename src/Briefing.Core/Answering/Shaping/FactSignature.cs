using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// Whether two sentences in different languages state the same fact: they share figures ("2,40 Meter … 1999" and
/// "2.4 metres … 1999") or a figure and a capitalised word spelt the same in both (names travel between languages).
/// A figure the question itself holds is no signature: every sentence about the question may repeat it ("mit 21 Menschen
/// an Bord" and "Burger, 21, was crowned player of the year" share only the asked 21).
/// </summary>
internal static partial class FactSignature
{
    /// <param name="askedFigures">The question's own figures, normalised (<see cref="NumberTokens.Normalize"/>).</param>
    public static bool Same(string a, string b, IReadOnlySet<string>? askedFigures = null)
    {
        var numbers = NumberTokens.In(a).Where(n => askedFigures?.Contains(n) != true).ToHashSet(StringComparer.Ordinal);
        var sharedNumbers = NumberTokens.In(b).Distinct().Count(numbers.Contains);
        if (sharedNumbers >= 2) return true;
        if (sharedNumbers == 0) return false;
        // One shared figure that is not a year ("60 Anwohner" / "60 residents") is rarely chance in one story.
        if (NumberTokens.In(b).Any(n => n.Length >= 2 && numbers.Contains(n) && !IsYear(n))) return true;
        var capitalised = Capitalised(a);
        return Capitalised(b).Any(capitalised.Contains);
    }

    private static bool IsYear(string number) => number.Length == 4 && number[0] is '1' or '2' && !number.Contains('.');

    private static HashSet<string> Capitalised(string text) =>
        CapitalisedWord().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length > 2).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b\p{Lu}[\p{L}\p{M}]+")]
    private static partial Regex CapitalisedWord();
}
