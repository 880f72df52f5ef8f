using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "Der wievielte Sieg in Serie war das 4:1?" over "feierte den zwölften Sieg hintereinander", "Die wievielte Streikwelle
/// …?" over "der 13. Streikwelle", "Der wievielte Titel auf der ATP-Tour …?" over "der insgesamt sechste Tour-Titel": the
/// question asks which one of a series of its noun the event was, and the article writes the ordinal before that noun.
/// The rank phrases (<see cref="RankPhrases"/>) read an ordinal only after a verb of placing or beside a noun of rank, so
/// no sentence held a rank and the bot abstained although the article said it.
/// </summary>
/// <remarks>
/// Only the ordinal right before the asked noun, or before one adjective and the noun ("the 50th consecutive quarter"):
/// an ordinal before another noun ("zum zweiten Mal", "der dritte Satz") numbers something else. "letzte" / "last"
/// place nothing in the series. "Zum wievielten Mal …?" is the series of times (<see cref="OrdinalSeries"/>).
/// </remarks>
internal static partial class OrdinalOfAskedNoun
{
    /// <summary>The noun after "der / die / das / als wievielte(r)" ("Sieg", "Tour-Titel"), or null when the question asks none.</summary>
    public static string? AskedNoun(string question)
    {
        var match = WhichOfSeries().Match(question);
        if (!match.Success) return null;
        // German writes the noun group's adjectives lower case: the first capitalised word is the counted noun.
        var noun = Tokenizer.LetterRuns(question, match.Index + match.Length).Cast<Match>().Take(MaxWordsToNoun)
            .FirstOrDefault(w => char.IsUpper(w.Value[0]));
        if (noun is null) return null;
        // "Premier-League-Tor": the letter run ends at the hyphen, the noun is the whole compound up to the next space.
        var end = noun.Index;
        while (end < question.Length && (char.IsLetter(question[end]) || question[end] is '-')) end++;
        var word = question[noun.Index..end].Trim('-');
        return word.Equals("Mal", StringComparison.OrdinalIgnoreCase) ? null : word;
    }

    /// <summary>
    /// The ordinals of <paramref name="text"/> that number one of <paramref name="nounForms"/> (the asked noun in the
    /// passage's language), as keys: "zwölften sieg", "13. streikwelle", "50th quarter".
    /// </summary>
    public static IEnumerable<string> In(string text, IReadOnlyList<string> nounForms)
    {
        if (nounForms.Count == 0) yield break;
        foreach (Match match in OrdinalBeforeWords().Matches(text))
        {
            var ordinal = match.Groups["ordinal"].Value;
            if (IsNoPlace(ordinal)) continue;
            // The noun right after the ordinal, or after one lower-case adjective ("50th consecutive quarter").
            var words = new[] { match.Groups["first"].Value, match.Groups["second"].Value }.Where(w => w.Length > 0).ToList();
            var nounIndex = words.FindIndex(w => nounForms.Any(f => NamesNoun(w, f)));
            if (nounIndex < 0 || (nounIndex == 1 && !char.IsLower(words[0][0]))) continue;
            // "the fourth quarter", "im 19. Jahrhundert": a part of the calendar is numbered within its year or era, not in
            // the asked series; it is one only as a run ("the 50th consecutive quarter", "das achte Quartal in Folge").
            if (CalendarParts.Contains(words[nounIndex]) && !(nounIndex == 1 && RunAdjective().IsMatch(words[0]))
                && !RunAfter().IsMatch(text, match.Groups[nounIndex == 0 ? "first" : "second"].Index + words[nounIndex].Length)) continue;
            yield return $"{ordinal.ToLowerInvariant()} {words[nounIndex].ToLowerInvariant()}";
        }
    }

    /// <summary>
    /// The written word is the asked noun: one of its forms ("Siege" for "Sieg") or a compound it heads ("Tour-Titel",
    /// "Pilotenstreikwelle"). Not the head of an asked compound: "Das zweite Tor" is no "Premier-League-Tor" of a series.
    /// </summary>
    private static bool NamesNoun(string written, string head)
    {
        if (SameNoun(written, head)) return true;
        // A compound it heads, inflected or not: past a hyphen ("Tour-Titel"), or closed when the head is long enough
        // not to end unrelated words ("Streikwelle" in "Pilotenstreikwelle", not "Tor" in "Motor").
        for (var inflection = 0; inflection <= InflectionLength && written.Length - inflection > head.Length; inflection++)
        {
            var stem = written[..^inflection];
            if (!stem.EndsWith(head, StringComparison.OrdinalIgnoreCase)) continue;
            if (stem[stem.Length - head.Length - 1] is '-' || head.Length >= MinClosedHead) return true;
        }
        return false;
    }

    /// <summary>
    /// "Sieg" and "Siege", "quarter" and "quarters": one noun, the written form at most two letters longer — but not a
    /// person's noun made of it ("Spieler" of "Spiel", "Siegerin" of "Sieg").
    /// </summary>
    private static bool SameNoun(string written, string asked) =>
        written.Length >= asked.Length && written.Length - asked.Length <= InflectionLength
        && written.StartsWith(asked, StringComparison.OrdinalIgnoreCase) && !AgentEnding(written[asked.Length..]);

    private static bool AgentEnding(string ending) =>
        ending.Equals("er", StringComparison.OrdinalIgnoreCase) || ending.Equals("in", StringComparison.OrdinalIgnoreCase);

    /// <summary>"letzte", "last", "vorletzte": no place in the series the question can count.</summary>
    private static bool IsNoPlace(string ordinal) =>
        ordinal.StartsWith("letzt", StringComparison.OrdinalIgnoreCase) || ordinal.StartsWith("vorletzt", StringComparison.OrdinalIgnoreCase)
        || ordinal.Equals("last", StringComparison.OrdinalIgnoreCase);

    /// <summary>Nouns of a part of the calendar, which an ordinal numbers within its year or era.</summary>
    private static readonly HashSet<string> CalendarParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "quarter", "quarters", "half", "century", "millennium", "Quartal", "Quartals", "Quartale", "Halbjahr", "Halbjahres",
        "Hälfte", "Jahrhundert", "Jahrhunderts", "Jahrtausend", "Jahrtausends",
    };

    /// <summary>An adjective that makes an ordinal count a run ("50th consecutive quarter"), as <see cref="OrdinalSeries"/> reads it.</summary>
    [GeneratedRegex(@"^(" + OrdinalSeries.RunAdjective + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex RunAdjective();

    /// <summary>A run's words right after the noun: "in Folge", "hintereinander", "in Serie", "in a row", "running".</summary>
    [GeneratedRegex(@"\G\s+(" + OrdinalSeries.GermanRunAfter + "|" + OrdinalSeries.EnglishRunAfter + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex RunAfter();

    private const int MaxWordsToNoun = 3;
    private const int MinClosedHead = 5;
    private const int InflectionLength = 2;

    [GeneratedRegex(@"\b(der|die|das|den|dem|des|als)\s+wievielte[nmrs]?\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhichOfSeries();

    /// <summary>A German or English ordinal (in words or digits, "13.") and the one or two words after it.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d.])(?<ordinal>" + RankPhrases.GermanOrdinal + @"|" + RankPhrases.EnglishOrdinal + @"|\d{1,3}\.)\s+(?<first>[\p{L}][\p{L}\-]*)(\s+(?<second>[\p{L}][\p{L}\-]*))?",
        RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalBeforeWords();
}
