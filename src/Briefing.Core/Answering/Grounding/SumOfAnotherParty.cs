using System.Text.RegularExpressions;
using Briefing.Core.Search;
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
/// Only a sentence of the question's language is read, and one that writes the asked party in any of the question's
/// forms of it (its translations, "Munich" for "Bayern") speaks of it: its doer may be the asked party by another name.
/// The act read is the one nearest before the sum ("After Quinlan bought the Savoy, the group paid £750m for it").
/// </remarks>
internal static partial class SumOfAnotherParty
{
    /// <summary>The reason every chosen sentence's sum is another party's; null when one may be the asked party's.</summary>
    /// <param name="statesSum">Whether a sentence states a sum of money.</param>
    /// <param name="expansions">The question's expansions: the other forms of the asked party's name (group "lang:Name").</param>
    public static string? Missing(IReadOnlyList<CandidateSentence> chosen, string question, string language, NameDetector names,
        Func<string, bool> statesSum, IReadOnlyList<WeightedTerm> expansions)
    {
        if (AskedParty(question, language, names) is not { } asked) return null;
        var questionNames = names.In(question, language).Select(Fold).ToHashSet(StringComparer.Ordinal);
        var sums = chosen.Where(c => statesSum(c.Text)).ToList();
        if (sums.Count == 0) return null;
        var forms = FormsOf(asked.Names, language, expansions);
        string? other = null;
        foreach (var sentence in sums)
        {
            // A sentence of the other language writes the party as its language does ("Russia" for "Russland").
            if (sentence.Hit.Passage.Language != language || forms.Any(n => Writes(sentence.Text, n))) return null;
            other = OtherDoer(sentence.Text, language, names, asked.Side, questionNames, SumEnd(sentence.Text, statesSum));
            if (other is null) return null;
        }
        return $"every chosen sentence's sum is of another party ('{other}') than the asked '{string.Join(' ', asked.Names)}'";
    }

    /// <summary>The asked party's name words and the other forms the question's expansions give for them.</summary>
    internal static IReadOnlyList<string> FormsOf(IReadOnlyList<string> askedNames, string language, IReadOnlyList<WeightedTerm> expansions) =>
        askedNames.Concat(expansions
                .Where(e => e.Group is { } g && askedNames.Any(n => string.Equals(g, $"{language}:{n}", StringComparison.OrdinalIgnoreCase)))
                .Select(e => e.Text))
            .Where(f => f.Length > 1).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Where the first sum of <paramref name="sentence"/> ends: the shortest prefix that states one.</summary>
    internal static int SumEnd(string sentence, Func<string, bool> statesSum)
    {
        foreach (Match token in Token().Matches(sentence))
            if (statesSum(sentence[..(token.Index + token.Length)])) return token.Index + token.Length;
        return sentence.Length;
    }

    /// <summary>The name words of the question's doer and the side of its act; null when the question names none.</summary>
    internal static (IReadOnlyList<string> Names, PaymentActs.Side Side)? AskedParty(string question, string language, NameDetector names)
    {
        var (partyStart, partyEnd, side) = language == "de" ? GermanParty(question) : EnglishParty(question);
        if (side is null) return null;
        var partyNames = names.Positions(question, language)
            .Where(p => p.Index >= partyStart && p.Index < partyEnd).Select(p => p.Word).ToList();
        return partyNames.Count == 0 ? null : (partyNames, side.Value);
    }

    /// <summary>"How much did X (end up) pay …?": the doer between the auxiliary and the first act of payment.</summary>
    private static (int Start, int End, PaymentActs.Side? Side) EnglishParty(string question)
    {
        var opening = EnglishOpening().Match(question);
        if (!opening.Success) return default;
        var words = Tokenizer.LetterRuns(question, opening.Index + opening.Length).Cast<Match>().ToList();
        for (var i = 0; i < words.Count; i++)
        {
            // "How much did X get for …": "get" is any act ("get back", "get in tax"), so the question asks no side.
            if (words[i].Value.ToLowerInvariant() is "get" or "gets" or "getting") return default;
            if (PaymentActs.Of(words[i].Value, "en") is not { } side) continue;
            if (i == 0) return default;
            // "How much was the actor paid?": the subject of a passive receives the sum. After a form of "be" only an -ing
            // form ("is Westmark paying") or the "to" of a plan ("is Westmark to pay") is active.
            var aux = opening.Groups["aux"].Value.ToLowerInvariant();
            if (EnglishFunctionWords.BeForms.Contains(aux) && !IsActiveAfterBe(words[i].Value, words[i - 1].Value)) return default;
            return (opening.Index + opening.Length, words[i].Index, side);
        }
        return default;
    }

    /// <summary>"Wie viel zahlt X für …?": the doer after the finite verb; the side is that of the question's act.</summary>
    private static (int Start, int End, PaymentActs.Side? Side) GermanParty(string question)
    {
        var match = GermanAsked().Match(question);
        if (!match.Success) return default;
        // "Wie viel wurde für Larsson bezahlt?": a passive (or a state, "ist … gezahlt worden") names no doer.
        if (GermanPassiveAuxiliaries.Contains(match.Groups["finite"].Value.ToLowerInvariant())) return default;
        var side = Tokenizer.LetterRuns(question).Select(w => PaymentActs.OfGermanQuestion(w.Value)).FirstOrDefault(s => s is not null);
        var party = match.Groups["party"];
        return (party.Index, party.Index + party.Length, side);
    }

    private static bool IsActiveAfterBe(string verb, string wordBefore) =>
        verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || wordBefore.Equals("to", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A name of <paramref name="sentence"/> that is the doer of the act nearest before its sum (the sentence's first act
    /// when the sum comes first), when that act is of <paramref name="side"/> and its doer not one of the question's names:
    /// written right before the verb (past its auxiliaries and adverbs) or, in German, right after it.
    /// </summary>
    /// <param name="sumEnd">Where the sentence's sum ends; past the sentence's end, its last act is read.</param>
    internal static string? OtherDoer(string sentence, string language, NameDetector names, PaymentActs.Side side, IReadOnlySet<string> questionNames, int sumEnd = int.MaxValue)
    {
        var words = Tokenizer.LetterRuns(sentence).Cast<Match>().ToList();
        var acts = Enumerable.Range(0, words.Count).Where(i => PaymentActs.At(words, i, language) is not null).ToList();
        if (acts.Count == 0) return null;
        var i = acts.LastOrDefault(a => words[a].Index < sumEnd, acts[0]);
        // The other side's act tells the asked deal's sum: the seller's price is the buyer's.
        if (PaymentActs.At(words, i, language) != side) return null;
        var before = i - 1;
        var beSeen = false;
        var toSeen = false;
        while (before >= 0 && before >= i - MaxSkipped - 1 && Joins(sentence, words[before], words[before + 1]) && IsBetween(words[before].Value.ToLowerInvariant()))
        {
            var word = words[before].Value.ToLowerInvariant();
            // Only a "be" nearer the verb than a "to" makes a passive: "is to buy" is a plan, "is to be paid" a passive.
            toSeen |= word == "to";
            beSeen |= !toSeen && EnglishFunctionWords.BeForms.Contains(word);
            before--;
        }
        // "Quinlan was bought …": the passive's subject receives the act; "Quinlan was paying …" is active.
        if (beSeen && !words[i].Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return null;
        // "… an Quinlan verkauft.": a German verb at its clause's end may be a passive's participle, so only a finite verb
        // in second place (more words after it) reads the name before it as its subject.
        if (language == "de" && !(i + 1 < words.Count && Joins(sentence, words[i], words[i + 1]))) return null;
        // "… in das 300 Millionen Euro investiert wurden": a participle before "werden" or "sein" is a passive's.
        if (language == "de" && GermanPassiveAuxiliaries.Contains(words[i + 1].Value)) return null;
        var nameStarts = names.Positions(sentence, language).ToDictionary(p => p.Index, p => p.Word);
        if (before >= 0 && DoerAt(words, before, sentence, language, nameStarts, questionNames) is { } doer) return doer;
        // "Im Vorjahr kaufte Quinlan …": the German subject after its finite verb.
        if (language == "de" && nameStarts.TryGetValue(words[i + 1].Index, out var after) && !questionNames.Contains(Fold(after))) return after;
        return null;
    }

    private static string? DoerAt(IReadOnlyList<Match> words, int at, string sentence, string language, IReadOnlyDictionary<int, string> nameStarts, IReadOnlySet<string> questionNames)
    {
        var word = words[at];
        // "Quinlan Private - bought …": an apposition's closing dash or comma stands between the doer and its verb.
        var gap = sentence[(word.Index + word.Length)..words[at + 1].Index];
        if (!(IsPlainGap(gap) || gap.Trim() == ",")) return null;
        if (questionNames.Contains(Fold(word.Value)) || FunctionWords.IsFunctionWord(word.Value)) return null;
        // "Die Münchner zahlen für Larsson 4,5 Millionen Euro" for "Wie viel zahlt Bayern …?", "the Gunners paid": a word
        // after a definite article describes its party (by its town, its nickname) and may well be the asked one.
        if (at > 0 && FunctionWords.IsDefiniteArticle(words[at - 1].Value) && Joins(sentence, words[at - 1], word)) return null;
        if (nameStarts.ContainsKey(word.Index)) return word.Value;
        // An English capital inside a sentence writes a name ("Quinlan Private", "A Tribute to Heroes") though the detector
        // knows its word as an English one; a German capital may be any noun ("kaufte der Gutachter"), the first word any word.
        return language != "de" && at > 0 && char.IsUpper(word.Value[0]) && word.Value.Length > 1 ? word.Value : null;
    }

    /// <summary>Two words with only spaces (or an apposition's dash) between them: no clause break.</summary>
    private static bool Joins(string sentence, Match first, Match second) =>
        IsPlainGap(sentence[(first.Index + first.Length)..second.Index]);

    /// <summary>
    /// Spaces, or an apposition's dash with space beside it ("Quinlan Private - bought"); a bare hyphen joins a compound's
    /// parts ("Eurostat-Zahlen"), not a name and its verb.
    /// </summary>
    private static bool IsPlainGap(string gap) =>
        gap.Trim() is "" || (gap.Trim() is "-" or "–" && gap.Length > 1 && gap.Any(char.IsWhiteSpace));

    /// <summary>Whether <paramref name="sentence"/> writes <paramref name="name"/> as a word, also with a genitive s.</summary>
    private static bool Writes(string sentence, string name) =>
        Regex.IsMatch(sentence, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?:'?s)?(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase);

    private static string Fold(string name) => WordNormalizer.Fold(name);

    private const int MaxSkipped = 3;

    /// <summary>Auxiliaries and adverbs between a doer and its verb ("has also paid"; "hat bereits gezahlt" is a participle).</summary>
    private static bool IsBetween(string word) => EnglishVerbUse.IsAuxiliaryOrBe(word) || Adverbs.Contains(word);

    /// <summary>Adverbs, "agreed" and the "to" of "agreed to pay" between a doer and its verb.</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "also", "already", "reportedly", "recently", "eventually", "finally", "later", "then", "agreed", "to",
        "auch", "bereits", "schon", "nun", "jetzt",
    };

    /// <summary>The finite forms of "werden" and "sein" that open a German passive or state question.</summary>
    private static readonly HashSet<string> GermanPassiveAuxiliaries = new(StringComparer.Ordinal)
    {
        "wird", "werden", "wurde", "wurden", "ist", "sind", "war", "waren",
    };

    /// <summary>"How much (money) did …": the opening up to the auxiliary that stands before the doer.</summary>
    [GeneratedRegex(@"^\s*(?:how\s+much|what)(?:\s+money)?\s+(?<aux>did|does|do|will|would|has|have|had|is|are|was|were)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishOpening();

    /// <summary>"Wie viel (Geld) zahlt X für …?", "Wie viel will X … bezahlen?": the doer after the finite verb, up to a preposition or adverb.</summary>
    [GeneratedRegex(@"^\s*(?:wie\s*viele?|welchen\s+betrag|zu\s+welchem\s+preis)(?:\s+(?:geld|euro|dollar))?\s+(?<finite>\p{L}+)\s+(?<party>.+?)(?=\s+(?:für|von|vom|an|am|bei|beim|in|im|insgesamt|mit|auf|nach|zur|zum|um|aus|dafür|damit)\b|\s*[?,]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex GermanAsked();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();
}
