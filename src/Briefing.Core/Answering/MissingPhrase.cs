namespace Briefing.Core.Answering;

/// <summary>
/// Joins the missing details that stand next to each other in the question back into the phrase the user typed,
/// so an abstention says "nothing about 2022 FIFA World Cup" rather than "2022 and FIFA and World and Cup".
/// </summary>
internal static class MissingPhrase
{
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
            // Only whitespace between two details: they were one phrase in the question ("FIFA World Cup").
            if (start >= 0 && string.IsNullOrWhiteSpace(question[end..detailStart])) { end = detailEnd; continue; }
            if (start >= 0) phrases.Add(question[start..end]);
            (start, end) = (detailStart, detailEnd);
        }
        if (start >= 0) phrases.Add(question[start..end]);
        phrases.AddRange(unplaced);
        return phrases;
    }
}
