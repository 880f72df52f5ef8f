namespace Briefing.Core.Answering;

/// <summary>
/// Joins the missing details that stand next to each other in the question back into the phrase the user typed,
/// so an abstention says "nothing about 2022 FIFA World Cup" rather than "2022 and FIFA and World and Cup".
/// </summary>
internal static class MissingPhrase
{
    private const int MaxBridgedWords = 2;

    /// <param name="question">The question the details were read from.</param>
    /// <param name="missing">The details as written, in any order; a detail not found in the question stays on its own.</param>
    public static IReadOnlyList<string> Join(string question, IReadOnlyList<string> missing)
    {
        if (missing.Count < 2) return missing;
        var located = new List<(int Start, int End, string Text)>();
        var unplaced = new List<string>();
        foreach (var detail in missing.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var at = question.IndexOf(detail, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || located.Any(l => at < l.End && l.Start < at + detail.Length)) unplaced.Add(detail);
            else located.Add((at, at + detail.Length, detail));
        }
        located.Sort((a, b) => a.Start.CompareTo(b.Start));

        var phrases = new List<string>();
        var (start, end) = (-1, -1);
        foreach (var (detailStart, detailEnd, _) in located)
        {
            if (start >= 0 && IsInsideOnePhrase(question[end..detailStart])) { end = detailEnd; continue; }
            if (start >= 0) phrases.Add(question[start..end]);
            (start, end) = (detailStart, detailEnd);
        }
        if (start >= 0) phrases.Add(question[start..end]);
        phrases.AddRange(unplaced);
        return phrases;
    }

    /// <summary>
    /// Two details were one phrase in the question when only whitespace stands between them ("FIFA Cup"), or one or
    /// two capitalised words that were no detail themselves: "World" in "2022 FIFA World Cup" is a generic word, yet
    /// an abstention that says "nothing about 2022 FIFA and Cup" reads as if the bot had misheard.
    /// </summary>
    private static bool IsInsideOnePhrase(string gap)
    {
        if (string.IsNullOrWhiteSpace(gap)) return true;
        if (!char.IsWhiteSpace(gap[0]) || !char.IsWhiteSpace(gap[^1])) return false;
        var words = gap.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxBridgedWords && words.All(w => char.IsUpper(w[0]) && w.All(char.IsLetter));
    }
}
