using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "Wer ist als Dritter ins Ziel gekommen?", "Who finished third?", "Wer landete auf Platz vier?": a who-question that
/// asks for the holder of a place in a ranking. Results name that holder beside the place, in either order and often
/// without the question's verb ("Dritter wurde der US-Amerikaner Timothy ODonnell", "Auf Rang vier schaffte es Max
/// Verstappen", "Kim Collins finished third"); read by the question's words only, such a sentence lost to the lede that
/// restates the event and names the winner. The name in the clause of the same place is the asked one, in any language
/// ("Who came third?" over "Dritter wurde …"), as a name beside the asked noun is.
/// </summary>
internal static partial class RankHolders
{
    /// <summary>The place the question asks the holder of (3 for "als Dritter", "auf Rang drei", "finished third"), or null.</summary>
    public static int? AskedPlace(string question) =>
        RankPhrases.In(question).Select(ValueOf).FirstOrDefault(v => v is not null);

    /// <summary>
    /// The name keys (<see cref="AnswerCandidates.NameKey"/>) of the names that hold <paramref name="place"/> in
    /// <paramref name="sentence"/>: those in the clause of a phrase of that place, or, where that clause names no one
    /// ("…, eine weitere Österreicherin, die Dritte wurde"), the last name before the phrase.
    /// </summary>
    public static IReadOnlySet<string> In(string sentence, int place, string language, NameDetector names)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var spans = NameSpans.Named(sentence, language, names);
        if (spans.Count == 0) return keys;
        foreach (var phrase in Phrases(sentence).Where(m => ValueOf(m.Value) == place))
        {
            var (start, end) = ClauseAround(sentence, phrase.Index, phrase.Index + phrase.Length);
            var inClause = spans.Where(s => s.Start >= start && s.End <= end && (s.End <= phrase.Index || s.Start >= phrase.Index + phrase.Length)).ToList();
            if (inClause.Count == 0 && spans.LastOrDefault(s => s.End <= phrase.Index) is { } before) inClause.Add(before);
            foreach (var span in inClause) keys.UnionWith(span.Words.Select(AnswerCandidates.NameKey));
        }
        return keys;
    }

    /// <summary>The place phrases of <paramref name="text"/>: <see cref="RankPhrases"/>' and the German ordinal that opens its clause before its verb ("Dritter wurde …").</summary>
    private static IEnumerable<Match> Phrases(string text) =>
        RankPhrases.Matches(text).Concat(OrdinalBeforeVerb().Matches(text));

    /// <summary>The clause holding the span: bounded by the sentence's commas, semicolons, colons, dashes and brackets.</summary>
    private static (int Start, int End) ClauseAround(string text, int start, int end)
    {
        var from = text.LastIndexOfAny(ClauseMarks, Math.Max(0, start - 1));
        var to = text.IndexOfAny(ClauseMarks, end);
        return (from < 0 ? 0 : from + 1, to < 0 ? text.Length : to);
    }

    private static readonly char[] ClauseMarks = [',', ';', ':', '–', '(', ')'];

    /// <summary>The place a phrase names: its figure, ordinal or count word ("Rang drei", "3rd place", "runner-up" → 2); null for "last".</summary>
    private static int? ValueOf(string phrase)
    {
        var lower = phrase.ToLowerInvariant();
        if (RunnerUp().IsMatch(lower)) return 2;
        if (Digits().Match(lower) is { Success: true } digits && int.TryParse(digits.Value, out var figure)) return figure;
        foreach (var word in Tokenizer.LetterRuns(lower).Select(m => m.Value))
        {
            if (Places.TryGetValue(word, out var place)) return place;
            if (NumberWords.Digits(word) is { } count) return int.Parse(count); // "Platz drei", "number two"
            foreach (var (stem, value) in GermanStems)
                if (word.StartsWith(stem, StringComparison.Ordinal) && word.Length - stem.Length <= 2 && GermanEnding().IsMatch(word[stem.Length..])) return value;
        }
        return null;
    }

    /// <summary>
    /// The English ordinals, and "one"/"eins" after "Platz", "Rang", "place", "number" (<see cref="NumberWords"/> leaves
    /// them out as articles; its small counts give the other count words).
    /// </summary>
    private static readonly Dictionary<string, int> Places = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
        ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["one"] = 1, ["eins"] = 1,
    };

    /// <summary>The stems of German ordinals (<see cref="RankPhrases.GermanOrdinalStem"/>) with their places; longer stems first ("siebent" before "sieb").</summary>
    private static readonly (string Stem, int Value)[] GermanStems =
    [
        ("siebent", 7), ("erst", 1), ("zweit", 2), ("dritt", 3), ("viert", 4), ("fünft", 5), ("sechst", 6), ("siebt", 7), ("acht", 8),
        ("neunt", 9), ("zehnt", 10), ("elft", 11), ("zwölft", 12),
    ];

    [GeneratedRegex(@"^(e|er|es|en|em)$")]
    private static partial Regex GermanEnding();

    [GeneratedRegex(@"\d{1,3}")]
    private static partial Regex Digits();

    [GeneratedRegex(@"runners?[- ]up|vize|zweitplatziert")]
    private static partial Regex RunnerUp();

    /// <summary>
    /// "Dritter wurde der US-Amerikaner …", "Zweite war Anna Fenninger": a German ordinal, capitalised, opening the sentence
    /// or a clause, right before the copula. Not after an article ("Die Dritte war …" is a noun's subject, no placing).
    /// </summary>
    [GeneratedRegex(@"(?<=^\s*|[,;:–]\s*|^[\p{L}-]+\s+[–-]\s+)(?=\p{Lu})(?i:" + RankPhrases.GermanOrdinal + @")\s+(wurde|wurden|war|waren|ist|wird)\b")]
    private static partial Regex OrdinalBeforeVerb();
}
