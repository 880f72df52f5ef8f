using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The score of a match or a set, as news writes it: "going 2-0 up", "a 7-5 6-4 victory", "beat Fiji 26-21", "beim 2:1".
/// Its figures count nothing: read as counts, "2-0 up" answered "How many times did rain stop the match?" (probes) over
/// "seven breaks for rain". A range that counts a noun after it ("10-12 days", "zwischen 3-5 Jahren") is no score.
/// </summary>
internal static partial class MatchScores
{
    /// <summary>Whether the figure from <paramref name="start"/> to <paramref name="end"/> is one side of a score.</summary>
    /// <remarks>
    /// With a colon only a single figure after it ("2:1", "0:3"): "3:08 verbleibende Minuten", "14:30" are times of a clock,
    /// which "Wie viel Zeit verblieb …?" asks (XQuAD).
    /// </remarks>
    public static bool Covers(string text, int start, int end, string language)
    {
        foreach (Match score in Score().Matches(text))
            if (score.Index <= start && end <= score.Index + score.Length)
                return CountedWords.After(text, score.Index + score.Length, language) is null;
        return false;
    }

    /// <summary>
    /// The figures of <paramref name="text"/>'s scores, as <see cref="NumberTokens"/> keys: no answer to a question for a
    /// figure unless it asks a result (<see cref="ExpectedAnswerType.AsksForTally"/>).
    /// </summary>
    public static IReadOnlySet<string> Figures(string text, string language) =>
        NumberTokens.Located(text).Where(n => Covers(text, n.Index, n.Index + n.Written.Length, language))
            .Select(n => NumberTokens.Normalize(n.Written)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="text"/> writes a score ("their 19-13 victory", "beim 2:1"), in the words of its own language.</summary>
    public static bool IsIn(string text)
    {
        var language = LanguageDetector.Detect(text);
        return Score().Matches(text).Any(s => CountedWords.After(text, s.Index + s.Length, language) is null);
    }

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}([-–]\d{1,3}|:\d)(?![.,]?\d)")]
    private static partial Regex Score();
}
