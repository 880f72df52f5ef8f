using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A point in time written as a distance from now: "erst in ein bis zwei Monaten", "in zwei Wochen", "binnen drei
/// Tagen", "innerhalb von einem halben Jahr", "in den nächsten zwei Jahren", "in two weeks", "within four months", "in
/// a couple of months", "over the next three years". It answers "Ab wann …?", "Bis wann …?", "When …?" as a date does
/// ("Ab wann weiß man sicher, ob das Kind Folgeschäden behält?" → "eine Gewissheit gibt es erst in ein bis zwei
/// Monaten"), as the distances back in time that dates already count do ("vor zwei Jahren", "two years ago").
/// </summary>
/// <remarks>
/// The count is read as the duration reader reads one: a number word of <see cref="NumberWords"/> or digits, an
/// indefinite article ("in einem Monat", "in a year"), a half ("einem halben Jahr"), a vague count ("ein paar", "a
/// few", "a couple of") or a range of them ("ein bis zwei", "two to three", "4-6"). Not after "nach": "nach zwei Jahren
/// Pause" mostly measures a past span; nor "in den vergangenen zwei Jahren", which looks back.
/// </remarks>
internal static partial class TimeFromNow
{
    /// <summary>The distances from now in <paramref name="text"/>, as keys "count unit" in lower case ("ein bis zwei monaten").</summary>
    public static IEnumerable<string> In(string text)
    {
        foreach (Match preposition in Preposition().Matches(text))
        {
            if (AfterSuperlative().IsMatch(text[Math.Max(0, preposition.Index - SuperlativeReach)..preposition.Index])) continue;
            var words = new List<string>();
            for (var word = NextWord().Match(text, preposition.Index + preposition.Length); word.Success && words.Count <= MaxCountWords; word = NextWord().Match(text, word.Index + word.Length))
            {
                var value = word.Groups["word"].Value;
                if (DateWords.IsTimeNoun(value))
                {
                    if (words.Any(IsCountingWord)) yield return $"{string.Join(' ', words)} {value}".ToLowerInvariant();
                    break;
                }
                if (!IsCountingWord(value) && !RangeWords.Contains(value.ToLowerInvariant())) break;
                words.Add(value);
            }
        }
    }

    /// <summary>
    /// The next year, quarter, season or month named as such: "ab dem kommenden Geschäftsjahr", "im nächsten Quartal",
    /// "next season", "the coming financial year" ("Ab wann soll die Suchmaschine profitabel sein?" → "soll Bing ab dem
    /// kommenden Geschäftsjahr schwarze Zahlen schreiben"). Not the next week or day, which date the report as "morgen" does.
    /// </summary>
    public static IEnumerable<string> NextPeriods(string text) => NextPeriod().Matches(text).Select(m => Whitespace().Replace(m.Value, " ").ToLowerInvariant());

    [GeneratedRegex(@"(?<![\p{L}\d])((kommende|nächste|folgende)[nms]?\s+(\p{L}*jahr(es)?|quartals?|saison|monats?)|(next|coming|following)\s+((financial|fiscal|calendar|school|academic)\s+)?(year|quarter|season|month))(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex NextPeriod();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>
    /// "its biggest slide in a month", "for the second time in two years", "the lowest level in five years": after a
    /// superlative or an ordinal the span looks back over the time it compares, it dates nothing to come.
    /// </summary>
    [GeneratedRegex(@"\b(biggest|largest|highest|lowest|smallest|worst|best|strongest|weakest|fastest|slowest|sharpest|steepest|deepest|longest|greatest|heaviest|hottest|coldest|wettest|driest|busiest|first|second|third|fourth|fifth|last|only)(\s+[\p{L}\d'’\-]+){0,3}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AfterSuperlative();

    /// <summary>How far before the preposition the superlative may stand (itself and three words: "second straight quarterly loss").</summary>
    private const int SuperlativeReach = 60;

    /// <summary>How many words the count may take ("a couple of", "ein bis zwei", "einem halben").</summary>
    private const int MaxCountWords = 4;

    private static bool IsCountingWord(string word) =>
        word.Any(char.IsDigit) || NumberWords.Is(word) || FunctionWords.IsIndefiniteArticle(word) || AnswerCandidates.IsFraction(word)
        || VagueCounts.Contains(word.ToLowerInvariant());

    /// <summary>Counts that <see cref="NumberWords"/> and the fractions leave out: "one" and vague counts ("ein paar Wochen", "a few days").</summary>
    private static readonly HashSet<string> VagueCounts = ["one", "paar", "couple", "few", "several", "einigen", "wenigen", "mehreren"];

    /// <summary>Words that join the two ends of a range ("ein bis zwei", "two to three", "four or five", "4-6") or make "a couple of".</summary>
    private static readonly HashSet<string> RangeWords = [.. NumberTokens.RangeJoinersInWords.Split('|'), "of", "-", "–"];

    /// <remarks>
    /// "in", "binnen", "innerhalb (von)", "within", and the next stretch of time ("in den nächsten / kommenden zwei
    /// Wochen", "in / over / within the next / coming three years").
    /// </remarks>
    [GeneratedRegex(@"(?<![\p{L}\d])(in\s+(den\s+)?(nächsten|kommenden)|(in|over|during|within)\s+the\s+(next|coming)|innerhalb(\s+von|\s+der\s+nächsten|\s+der\s+kommenden)?|binnen|within|in)(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex Preposition();

    /// <summary>The next word, figure or range dash right after the last (white space between only).</summary>
    [GeneratedRegex(@"\G\s*(?<word>[\p{L}\d][\p{L}\d.,]*(?<![.,])|[-–])")]
    private static partial Regex NextWord();
}
