using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "How much did Prince Alwaleed's group pay to buy the Savoy hotel?" over "The seller - Irish-based property firm Quinlan
/// Private - bought the Savoy … for £750m last year": the question names the party of the act (the subject of its pay,
/// buy or raise verb), and the sentence that gives a sum never writes that party but makes another named party the doer of
/// an act of the same side. Its sum is what that other party paid or raised, not the asked one's.
/// </summary>
/// <remarks>
/// Only a named doer is read: "It also acquired …" or "the firm paid …" may refer to the asked party. A doer the question
/// also names is the other side of the asked deal and may tell its sum; so may a sentence whose act is the other side's.
/// </remarks>
internal static partial class SumOfAnotherParty
{
    /// <summary>The reason every chosen sentence's sum is another party's; null when one may be the asked party's.</summary>
    /// <param name="statesSum">Whether a sentence states a sum of money.</param>
    public static string? Missing(IReadOnlyList<CandidateSentence> chosen, string question, string language, NameDetector names, Func<string, bool> statesSum)
    {
        if (AskedParty(question, language, names) is not { } asked) return null;
        var questionNames = names.In(question, language).Select(Fold).ToHashSet(StringComparer.Ordinal);
        var sums = chosen.Where(c => statesSum(c.Text)).ToList();
        if (sums.Count == 0) return null;
        string? other = null;
        foreach (var sentence in sums)
        {
            if (asked.Names.Any(n => Writes(sentence.Text, n))) return null;
            other = OtherDoer(sentence.Text, sentence.Hit.Passage.Language, names, asked.Side, questionNames);
            if (other is null) return null;
        }
        return $"every chosen sentence's sum is of another party ('{other}') than the asked '{string.Join(' ', asked.Names)}'";
    }

    /// <summary>The name words of the question's doer and the side of its act; null when the question names none.</summary>
    internal static (IReadOnlyList<string> Names, PaymentActs.Side Side)? AskedParty(string question, string language, NameDetector names)
    {
        var match = language == "de" ? GermanAsked().Match(question) : EnglishAsked().Match(question);
        if (!match.Success) return null;
        var party = match.Groups["party"];
        var side = language == "de"
            ? Tokenizer.LetterRuns(question).Select(w => PaymentActs.Of(w.Value)).FirstOrDefault(s => s is not null)
            : PaymentActs.Of(match.Groups["verb"].Value);
        if (side is null) return null;
        // "How much was the actor paid?": the subject of a passive receives the sum; only an -ing form is active after "is".
        if (language != "de" && match.Groups["aux"].Value is var aux && BeForms.Contains(aux.ToLowerInvariant())
            && !match.Groups["verb"].Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return null;
        var partyNames = names.Positions(question, language)
            .Where(p => p.Index >= party.Index && p.Index < party.Index + party.Length).Select(p => p.Word).ToList();
        return partyNames.Count == 0 ? null : (partyNames, side.Value);
    }

    /// <summary>
    /// A name of <paramref name="sentence"/> that is the doer of an act of <paramref name="side"/> and not one of the
    /// question's names: written right before the verb (past its auxiliaries and adverbs) or, in German, right after it.
    /// </summary>
    internal static string? OtherDoer(string sentence, string language, NameDetector names, PaymentActs.Side side, IReadOnlySet<string> questionNames)
    {
        var nameStarts = names.Positions(sentence, language).ToDictionary(p => p.Index, p => p.Word);
        var words = Tokenizer.LetterRuns(sentence).Cast<Match>().ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (PaymentActs.Of(words[i].Value) != side) continue;
            var before = i - 1;
            var passive = false;
            while (before >= 0 && before >= i - MaxSkipped - 1 && Joins(sentence, words[before], words[before + 1]) && Between.Contains(words[before].Value.ToLowerInvariant()))
            {
                passive |= BeForms.Contains(words[before].Value.ToLowerInvariant());
                before--;
            }
            if (passive) continue;
            // "… an Quinlan verkauft.": a German verb at its clause's end may be a passive's participle, so only a finite verb
            // in second place (more words after it) reads the name before it as its subject.
            if (language == "de" && !(i + 1 < words.Count && Joins(sentence, words[i], words[i + 1]))) continue;
            if (before >= 0 && DoerAt(words, before, sentence, language, nameStarts, questionNames) is { } doer) return doer;
            // "Im Vorjahr kaufte Quinlan …": the German subject after its finite verb.
            if (language == "de" && i + 1 < words.Count && Joins(sentence, words[i], words[i + 1])
                && nameStarts.TryGetValue(words[i + 1].Index, out var after) && !questionNames.Contains(Fold(after))) return after;
        }
        return null;
    }

    private static string? DoerAt(IReadOnlyList<Match> words, int at, string sentence, string language, IReadOnlyDictionary<int, string> nameStarts, IReadOnlySet<string> questionNames)
    {
        var word = words[at];
        // "Quinlan Private - bought …": an apposition's closing dash or comma stands between the doer and its verb.
        var gap = sentence[(word.Index + word.Length)..words[at + 1].Index];
        if (gap.Trim() is not ("" or "-" or "–" or ",")) return null;
        if (questionNames.Contains(Fold(word.Value)) || FunctionWords.IsFunctionWord(word.Value)) return null;
        // "Die Münchner zahlen für Larsson 4,5 Millionen Euro" for "Wie viel zahlt Bayern …?", "the Gunners paid": a word
        // after a definite article describes its party (by its town, its nickname) and may well be the asked one.
        if (at > 0 && FunctionWords.IsDefiniteArticle(words[at - 1].Value) && Joins(sentence, words[at - 1], word)) return null;
        if (nameStarts.ContainsKey(word.Index)) return word.Value;
        // An English capital inside a sentence writes a name ("Quinlan Private", "A Tribute to Heroes") though the detector
        // knows its word as an English one; a German capital may be any noun ("kaufte der Gutachter"), the first word any word.
        return language != "de" && at > 0 && char.IsUpper(word.Value[0]) && word.Value.Length > 1 ? word.Value : null;
    }

    /// <summary>Two words with only spaces (or an apposition's dash or comma) between them: no clause break.</summary>
    private static bool Joins(string sentence, Match first, Match second) =>
        sentence[(first.Index + first.Length)..second.Index].Trim() is "" or "-" or "–";

    /// <summary>Whether <paramref name="sentence"/> writes <paramref name="name"/> as a word, also with a genitive s.</summary>
    private static bool Writes(string sentence, string name) =>
        Regex.IsMatch(sentence, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?:'?s)?(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase);

    private static string Fold(string name) => WordNormalizer.Fold(name);

    private const int MaxSkipped = 3;

    /// <summary>Auxiliaries and adverbs between a doer and its verb ("has also paid", "hat bereits gezahlt" is a participle).</summary>
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "will", "would", "could", "also", "already", "reportedly", "recently", "eventually", "finally",
        "later", "then", "agreed", "to", "is", "was", "were", "are", "been", "being", "be", "auch", "bereits", "schon", "nun", "jetzt",
    };

    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "is", "was", "were", "are", "been", "being", "be" };

    /// <summary>"How much (money) did X (end up) pay/raise …?": the doer between the auxiliary and the verb.</summary>
    [GeneratedRegex(@"^\s*(?:how\s+much|what)(?:\s+money)?\s+(?<aux>did|does|do|will|would|has|have|had|is|are|was|were)\s+(?<party>.+?)\s+(?:(?:end|ended)\s+up\s+|actually\s+|agree\s+to\s+)?(?<verb>pay|paying|paid|buy|buying|spend|spending|invest|investing|give|giving|donate|donating|offer|offering|raise|raising|raised|receive|receiving|received|earn|earning|earned|sell|selling|get|getting|collect|collecting)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishAsked();

    /// <summary>"Wie viel (Geld) zahlt X für …?", "Wie viel will X … bezahlen?": the doer after the finite verb, up to a preposition or adverb.</summary>
    [GeneratedRegex(@"^\s*(?:wie\s*viele?|welchen\s+betrag|zu\s+welchem\s+preis)(?:\s+(?:geld|euro|dollar))?\s+\p{L}+\s+(?<party>.+?)(?=\s+(?:für|von|vom|an|am|bei|beim|in|im|insgesamt|mit|auf|nach|zur|zum|um|aus|dafür|damit)\b|\s*[?,]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex GermanAsked();
}
