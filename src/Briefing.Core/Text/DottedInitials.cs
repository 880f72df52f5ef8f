using System.Text.RegularExpressions;

namespace Briefing.Core.Text;

/// <summary>
/// A name written as dotted capital initials: "B.Z." (a Berlin paper), "U.N.", "J.K. Rowling". The index's tokenizer
/// keeps such a run as one word ("b.z"), so it is one name, not a name of each letter.
/// </summary>
public static partial class DottedInitials
{
    /// <summary>The run of dotted initials in <paramref name="text"/> that covers <paramref name="index"/>, or null.</summary>
    public static string? At(string text, int index)
    {
        foreach (Match run in Run().Matches(text))
            if (index >= run.Index && index < run.Index + run.Length) return run.Value;
        return null;
    }

    /// <summary>The ways an article may write the initials of <paramref name="run"/>: as typed, without dots ("BZ"), spaced ("B. Z.").</summary>
    public static IReadOnlyList<string> Forms(string run)
    {
        var letters = run.Where(char.IsLetter).ToArray();
        return [run, new string(letters), string.Join(' ', letters.Select(l => $"{l}."))];
    }

    /// <remarks>Two or more single capitals, each but perhaps the last followed by a dot, in no longer word.</remarks>
    [GeneratedRegex(@"(?<![\p{L}\p{N}.])\p{Lu}(?:\.\p{Lu})+\.?(?![\p{L}\p{N}])")]
    private static partial Regex Run();
}
