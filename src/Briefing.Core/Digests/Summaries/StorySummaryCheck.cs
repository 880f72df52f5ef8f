using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Digests.Summaries;

/// <summary>The digest's citation rules, checked on any summary that did not come from the extractive summariser.</summary>
public static partial class StorySummaryCheck
{
    [GeneratedRegex(@"\[(\d{1,3})\]")]
    private static partial Regex Marker();

    /// <summary>
    /// Null when the summary is acceptable; otherwise why not. Acceptable: 1..<paramref name="maxSentences"/> sentences,
    /// each with a marker; every marker has exactly one citation and every citation is used; citations name only
    /// <paramref name="allowedPassageIds"/> and quote something.
    /// </summary>
    public static string? Problem(StorySummary summary, IReadOnlySet<string> allowedPassageIds, int maxSentences)
    {
        if (string.IsNullOrWhiteSpace(summary.Text)) return "empty summary";
        var sentences = SentenceSplitter.Split(summary.Text);
        if (sentences.Count > maxSentences) return $"{sentences.Count} sentences, at most {maxSentences} allowed";
        if (sentences.Any(s => !Marker().IsMatch(s))) return "a sentence without a citation";
        var numbers = summary.Citations.Select(c => c.N).ToList();
        if (numbers.Distinct().Count() != numbers.Count) return "a citation number given twice";
        var used = Marker().Matches(summary.Text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        if (!used.SetEquals(numbers)) return "markers and citations do not match";
        if (summary.Citations.Any(c => !allowedPassageIds.Contains(c.PassageId))) return "a citation to a passage that was not given";
        if (summary.Citations.Any(c => string.IsNullOrWhiteSpace(c.Quote))) return "a citation without a quote";
        return null;
    }
}
