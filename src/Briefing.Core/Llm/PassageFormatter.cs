using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Core.Search;

namespace Briefing.Core.Llm;

/// <summary>
/// Lays passages out for a prompt: numbered from 1 and fenced by delimiter lines that article text cannot
/// forge (runs of "=" inside the text are shortened), so the model sees where data starts and ends.
/// </summary>
public static partial class PassageFormatter
{
    public static string Format(IReadOnlyList<PassageHit> passages)
    {
        var text = new StringBuilder();
        for (var i = 0; i < passages.Count; i++)
        {
            var hit = passages[i];
            var n = i + 1;
            text.Append("=== PASSAGE [").Append(n).AppendLine("] ===");
            text.Append("Title: ").AppendLine(Clean(hit.Article.Title));
            var origin = new List<string>();
            if (!string.IsNullOrWhiteSpace(hit.Article.Source)) origin.Add(Clean(hit.Article.Source));
            if (hit.Article.Published is { } published) origin.Add(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (origin.Count > 0) text.Append("Source: ").AppendLine(string.Join(", ", origin));
            text.AppendLine(Clean(hit.Passage.Text));
            text.Append("=== END OF PASSAGE [").Append(n).AppendLine("] ===");
            if (i < passages.Count - 1) text.AppendLine();
        }
        return text.ToString().TrimEnd();
    }

    private static string Clean(string value) => SpacesPattern().Replace(FencePattern().Replace(value, "="), " ").Trim();

    [GeneratedRegex("={2,}")]
    private static partial Regex FencePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesPattern();
}
