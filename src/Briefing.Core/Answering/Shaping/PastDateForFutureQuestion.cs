using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A question for when something will happen is not answered by the date of something that happened: "When is the
/// Xiluodu dam due to be completed?" over "In 2004, China increased its generating capacity …", "When is Wembley's sale
/// … expected to be completed?" over "Wembley sold the national stadium in 1999 …". The article tells of the planned
/// event without its date, and the date it gives is another, past event's. A date in a clause of plan or schedule ("was
/// due to take place on Wednesday", "will be released on 11 March") or one the clause points forward to ("pushed back
/// until 6 June", "wurde bis zum 18. Mai eingestellt") may be the asked one, and a present perfect ("has been switched
/// to …") tells of the asked event's new state: neither is judged past.
/// </summary>
internal static partial class PastDateForFutureQuestion
{
    /// <summary>
    /// The question asks when something will happen: "will", "is expected / due / set to", "soll", "wird". Not a question
    /// in a past tense of its own ("When was it expected to …?") nor German hearsay of the past ("An welchem Tag soll …
    /// verwendet worden sein?", "… getötet haben?"), whose "soll" reports what is said to have happened.
    /// </summary>
    public static bool AsksFuture(string question, string language) => language == "de"
        ? GermanFuture().IsMatch(question) && !GermanPastInQuestion().IsMatch(question) && !GermanPastHearsay().IsMatch(question)
        : EnglishFuture().IsMatch(question) && !EnglishPastInQuestion().IsMatch(question);

    /// <summary>
    /// Every sentence of <paramref name="chosen"/> that says a date says each of its dates only in past clauses, and one
    /// sentence says one. False when none says a date (other checks judge a sentence without one).
    /// </summary>
    public static bool AllDatesPast(IEnumerable<(string Text, string Language)> chosen)
    {
        var judged = 0;
        foreach (var (text, language) in chosen)
        {
            var dated = YearOfOtherClause.Parts(Dateline.Without(text, language)).Where(p => DateTokens(p).Any()).ToList();
            if (dated.Count == 0) continue;
            if (!dated.All(p => IsPastClause(p, language))) return false;
            judged++;
        }
        return judged > 0;
    }

    /// <summary>
    /// A part of a sentence that tells a past event: a verb in a past tense, no word of plan, forecast or schedule, and no
    /// date it points forward to.
    /// </summary>
    private static bool IsPastClause(string part, string language)
    {
        if (AskedOutlook.SpeaksOfOutlook(part, language) || Schedule().IsMatch(part)) return false;
        var words = Tokenizer.LetterRuns(part).Select(m => m.Value).ToList();
        if (DateTokens(part).Any(d => PointsForward(part, d))) return false;
        return language == "de" ? words.Any(w => GermanPastAuxiliary().IsMatch(w)) : HasEnglishPastVerb(words);
    }

    /// <summary>
    /// "until 6 June", "by 2008", "bis zum 18. Mai", "ab März", "seit März": the two words before the date (numbers skipped)
    /// hold a preposition of a time ahead or of a state still going on — neither dates a finished event.
    /// </summary>
    private static bool PointsForward(string part, Match date) =>
        Tokenizer.LetterRuns(part[..date.Index]).Select(m => m.Value).TakeLast(2).Any(w => ForwardPrepositions.Contains(w));

    private static readonly HashSet<string> ForwardPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "until", "till", "by", "from", "to", "for", "since", "bis", "ab", "auf", "seit",
    };

    /// <summary>Years and written date words (months, weekdays, seasons, "yesterday") of the part.</summary>
    private static IEnumerable<Match> DateTokens(string part) =>
        DateToken().Matches(part).Where(m => m.Value.Any(char.IsDigit) || DateWords.Dates(m.Value));

    /// <summary>
    /// "was", "had", "sold", "increased": a simple past. An -ed word or an irregular past after a form of "have" or "be" (a perfect, a passive
    /// in the present, "has been switched") or after a determiner ("the delayed hearing") is no past verb; after "had been"
    /// it is.
    /// </summary>
    private static bool HasEnglishPastVerb(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (PastAuxiliaries.Contains(word)) return true;
            // An irregular past ("sold", "held", "shut") is read as an -ed form is: "has been held up" is no simple past.
            if (!EnglishVerbForms.IsEdForm(word) && !(char.IsLower(word[0]) && EnglishVerbForms.IsIrregularPast(word))) continue;
            var before = i > 0 ? words[i - 1] : "";
            if (before.Equals("been", StringComparison.OrdinalIgnoreCase))
            {
                if (i > 1 && words[i - 2].Equals("had", StringComparison.OrdinalIgnoreCase)) return true;
                continue;
            }
            if (!NotBeforePastVerb.Contains(before)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> PastAuxiliaries = new(EnglishFunctionWords.PastAuxiliaries, StringComparer.Ordinal);

    /// <summary>
    /// Words after which an -ed form is a participle or an adjective, not a simple past: a present form of "have" or
    /// "be", a modal, "to", a determiner ("the delayed hearing"), and "that" as one ("that delayed hearing").
    /// </summary>
    private static readonly HashSet<string> NotBeforePastVerb = new(
        ["has", "have", "having", "is", "are", "am", "be", "being", "will", "would", "to", "s", "that", .. EnglishFunctionWords.Determiners],
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:1[89]|20)\d\d\b|\b\p{L}+\b")]
    private static partial Regex DateToken();

    /// <summary>Words of schedule the forecast words leave out: "was due to take place", "is scheduled for", "verschoben".</summary>
    [GeneratedRegex(@"\b(due|scheduled|slated|postponed|delayed|adjourned|rescheduled|verschoben|vertagt|geplant\w*|angesetzt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Schedule();

    [GeneratedRegex($"^({GermanFunctionWords.PastAuxiliaryAlternation})$", RegexOptions.IgnoreCase)]
    private static partial Regex GermanPastAuxiliary();

    [GeneratedRegex(@"\b(will|shall)\b|\b(is|are)\s+(\S+\s+){0,10}?(expected|due|set|scheduled|planned|going|likely)\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishFuture();

    [GeneratedRegex($@"\b({EnglishFunctionWords.PastAuxiliaryAlternation})\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishPastInQuestion();

    [GeneratedRegex(@"\b(soll|sollen|wird|werden)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanFuture();

    [GeneratedRegex($@"\b({GermanFunctionWords.PastAuxiliaryAlternation})\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanPastInQuestion();

    /// <summary>"… soll … verwendet worden sein?", "… soll … getötet haben?": a participle and "sein"/"haben" last.</summary>
    [GeneratedRegex(@"\s\p{Ll}+(t|en)\s+(worden\s+)?(sein|haben)\s*\?\s*$")]
    private static partial Regex GermanPastHearsay();
}
