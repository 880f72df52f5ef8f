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
            // "…, eine weitere Österreicherin, die Dritte wurde", "X finished third": the holder stands before its placing
            // verb. Not before "Dritter wurde …" or "Platz drei ging an …", whose holder follows: a name before is another place's.
            if (inClause.Count == 0 && HolderBefore().IsMatch(phrase.Value) && spans.LastOrDefault(s => s.End <= phrase.Index) is { } before) inClause.Add(before);
            foreach (var span in inClause) keys.UnionWith(span.Words.Select(AnswerCandidates.NameKey));
        }
        return keys;
    }

    /// <summary>The place phrases of <paramref name="text"/>: <see cref="RankPhrases"/>' and the German ordinal that opens its clause before its verb ("Dritter wurde …").</summary>
    private static IEnumerable<Match> Phrases(string text) =>
        RankPhrases.Matches(text).Concat(OrdinalBeforeVerb().Matches(text));

    /// <summary>
    /// The clause holding the span: bounded by the sentence's commas (not a decimal comma, "1,5"), semicolons, colons,
    /// dashes and brackets.
    /// </summary>
    private static (int Start, int End) ClauseAround(string text, int start, int end)
    {
        var marks = ClauseMark().Matches(text);
        var from = marks.LastOrDefault(m => m.Index + m.Length <= start);
        var to = marks.FirstOrDefault(m => m.Index >= end);
        return (from is null ? 0 : from.Index + from.Length, to?.Index ?? text.Length);
    }

    [GeneratedRegex(@"(?<!\d),|,(?!\d)|[;:()–—]|\s-\s")]
    private static partial Regex ClauseMark();

    /// <summary>The place a phrase names: its figure, ordinal or count word ("Rang drei", "3rd place", "runner-up" → 2); null for "last".</summary>
    private static int? ValueOf(string phrase)
    {
        var lower = phrase.ToLowerInvariant();
        if (RunnerUp().IsMatch(lower)) return 2;
        if (Digits().Match(lower) is { Success: true } digits && int.TryParse(digits.Value, out var figure)) return figure;
        foreach (var word in Tokenizer.LetterRuns(lower).Select(m => m.Value))
        {
            if (RankPhrases.OrdinalValue(word) is { } place) return place;
            if (NumberWords.Digits(word) is { } count) return int.Parse(count); // "Platz drei", "number two"
        }
        return null;
    }

    [GeneratedRegex(@"\d{1,3}")]
    private static partial Regex Digits();

    /// <summary>
    /// The runner-up's titles: "Vizemeister", "Vizeweltmeister", not every "Vize…" (<see cref="RankPhrases"/> takes them
    /// all as rank nouns), for "Vizepräsidentin Renate Anderl" holds an office, no second place.
    /// </summary>
    [GeneratedRegex(@"runners?[- ]up|vize(welt|europa)?meister|zweitplatziert")]
    private static partial Regex RunnerUp();

    /// <summary>A placing phrase that follows its holder: "als Dritter", "wurde Vierte", "finished third".</summary>
    [GeneratedRegex(@"^(als|wurde|wurden|wird|ist|war|landete|landeten|belegte|belegten|kam|kamen|finish\w*|came|come\w*|placed|ranked|ranks|ending|ended|is|was)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HolderBefore();

    /// <summary>
    /// "Dritter wurde der US-Amerikaner …", "Zweite war Anna Fenninger": a German ordinal, capitalised, opening the sentence
    /// or a clause, right before the copula. Not after an article ("Die Dritte war …" is a noun's subject, no placing).
    /// </summary>
    [GeneratedRegex(@"(?<=^\s*|[,;:–]\s*|^[\p{L}-]+\s+[–-]\s+)(?=\p{Lu})(?i:" + RankPhrases.GermanOrdinal + @")\s+(wurde|wurden|war|waren|ist|wird)\b")]
    private static partial Regex OrdinalBeforeVerb();
}
