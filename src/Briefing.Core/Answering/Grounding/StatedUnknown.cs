using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A sentence that says the fact is not known or not told: "Wie lange der Kroate ausfällt, war vorerst offen", "It is
/// not yet known when the line will reopen", "Financial terms were not disclosed", "Zum Kaufpreis machte die Firma keine
/// Angaben". It is about the question — it often repeats it word for word, so it ranks first — but it says the article
/// does not answer it: leading an answer with it is a confident citation of "nobody knows".
/// </summary>
internal static partial class StatedUnknown
{
    /// <summary>
    /// The verbs a source withholds a fact with, after a negation ("did not say who", "declined to reveal where", "nannte
    /// nicht, wer"): saying as disclosing, so "reveal", "disclose", "nannte", "verriet" too, and English in
    /// the infinitive the negation takes.
    /// </summary>
    private const string EnglishWithholding = @"say|said|reveal\p{L}*|disclos\p{L}*|divulg\p{L}*|specif\p{L}*|confirm\p{L}*|announc\p{L}*";

    /// <inheritdoc cref="EnglishWithholding"/>
    private const string GermanWithholding = "sagte|sagten|nannte|nannten|verriet|verrieten";

    /// <summary>
    /// The verbs a sum is kept back with ("has yet to reveal pricing", "did not give the fee", "has not set a price"):
    /// <see cref="EnglishWithholding"/>'s disclosing with what is done to a price ("give", "release",
    /// "set"), but without its "confirm" and "specify".
    /// </summary>
    private const string EnglishWithholdingSum = @"reveal\p{L}*|disclos\p{L}*|divulg\p{L}*|give|given|announc\p{L}*|releas\p{L}*|set|say|said";

    /// <param name="expected">What the question asks: "until a replacement is found" says only who is not known.</param>
    /// <param name="question">An "unknown" before a noun says only that thing is unknown: "four unknown callers" is about the
    /// callers, not about "Which bookmaker …?"; it speaks of the asked fact when the question writes its noun.</param>
    public static bool In(string sentence, AnswerType expected, string question) =>
        Unknown().Matches(sentence).Any(m => !LeavesOnlyWhetherOpen(sentence, m)) || UnknownOfAsked(sentence, expected, question)
        || (expected == AnswerType.Person && PersonUnknown().IsMatch(sentence));

    /// <summary>
    /// "Es ist noch unklar, ob er spielt", "It is not yet clear if the remaining three minutes will be played", and fronted,
    /// "Ob das Spiel fortgesetzt wird, ist noch unklar", "Whether the match will be replayed is not yet clear": what is not
    /// known is whether something happens, not a fact a question word asks ("How much time is left to play?" is answered
    /// beside it by "will play the final six minutes"). Only a bare whether: "ob und wann", "if and when" still leave the
    /// date open, "whether 30 or 40 people died" the figure (<see cref="OpenQuestionWord.LeavesOnlyWhether"/> decides).
    /// </summary>
    private static bool LeavesOnlyWhetherOpen(string sentence, Match unknown) =>
        LeavesOnlyWhetherOpen(sentence, unknown.Index + unknown.Length)
        || (ClauseEndsAfter(sentence, unknown.Index + unknown.Length) && OpenQuestionWord.LeavesOnlyWhether(FrontedWhether().Match(sentence)));

    /// <summary>The clause that follows <paramref name="at"/> is a bare whether ("…, ob er spielt", "unknown whether …").</summary>
    private static bool LeavesOnlyWhetherOpen(string sentence, int at) => OpenQuestionWord.LeavesOnlyWhether(WhetherAfter().Match(sentence, at));

    /// <summary>Nothing but the sentence's end follows <paramref name="at"/>: the "unclear" closes the fronted clause's sentence.</summary>
    private static bool ClauseEndsAfter(string sentence, int at) => ClauseEnd().IsMatch(sentence, at);

    /// <summary>The words a whether-clause opens with (see <see cref="OpenQuestionWord.LeavesOnlyWhether"/>).</summary>
    private const string WhetherClause = @"(?<wh>(?:if|whether|ob)(?:\s+(?:und|oder|and|or)\s+(?:how\s+much|how\s+many|wie\s+viel\p{L}*|\p{L}+)|\s+\p{N}[\p{N}.,]*\s+(?:or|oder)\s+\p{N}+)?)\b";

    [GeneratedRegex(@"\G\s*,?\s*" + WhetherClause, RegexOptions.IgnoreCase)]
    private static partial Regex WhetherAfter();

    [GeneratedRegex(@"^\s*" + WhetherClause, RegexOptions.IgnoreCase)]
    private static partial Regex FrontedWhether();

    [GeneratedRegex(@"\G\s*(?:[.!?;:]|$)")]
    private static partial Regex ClauseEnd();

    /// <summary>
    /// "The cause is unknown", "it is still unknown when …": said of the clause, unknown tells that a fact is not known.
    /// "unknown callers", "an unknown number of people": before a noun it describes that thing, which is the asked one only
    /// when the question names it ("How many people …?"), or when it is the quantity or reason the question asks for.
    /// </summary>
    private static bool UnknownOfAsked(string sentence, AnswerType expected, string question)
    {
        List<string>? questionWords = null;
        foreach (Match unknown in UnknownWord().Matches(sentence))
        {
            var nouns = unknown.Groups["noun"].Captures.Select(c => c.Value).ToList();
            // "It is unknown whether the match will be replayed": only whether is open, as after "unclear".
            if (nouns.Count > 0 && LeavesOnlyWhetherOpen(sentence, unknown.Groups["noun"].Captures[0].Index)) continue;
            if (nouns.Count == 0 || Text.FunctionWords.IsFunctionWord(nouns[0])) return true;
            if (expected == AnswerType.Number && AskedQuantity().IsMatch(nouns[0])) return true;
            if (expected == AnswerType.Reason && AskedReason().IsMatch(nouns[0])) return true;
            questionWords ??= NounCandidates(question).Where(w => !Text.FunctionWords.IsFunctionWord(w)).ToList();
            if (nouns.Any(n => WritesNoun(questionWords, n))) return true;
        }
        return false;
    }

    /// <summary>
    /// "unknown", with the word after it and, after "of", the thing counted ("unknown number of people"): no word, or a
    /// function word ("unknown when", "unknown to police"), means it is said of the clause.
    /// </summary>
    [GeneratedRegex(UnknownUntilNow + @"(?:\s+(?<noun>\p{L}+)(?:\s+of\s+(?<noun>\p{L}+))?)?", RegexOptions.IgnoreCase)]
    private static partial Regex UnknownWord();

    /// <summary>"an unknown number", "an unknown amount": the noun of a quantity, the kind a how-many or how-much asks.</summary>
    [GeneratedRegex(@"^(numbers?|amounts?|sums?|quantit\p{L}+|figures?)$", RegexOptions.IgnoreCase)]
    private static partial Regex AskedQuantity();

    /// <summary>"for unknown reasons", "an unknown cause": the noun of a reason, the kind a why-question asks.</summary>
    [GeneratedRegex(@"^(reasons?|causes?|motives?)$", RegexOptions.IgnoreCase)]
    private static partial Regex AskedReason();

    /// <summary>
    /// The sentence says that the kind of fact the question asks is not told: "an undisclosed amount of money" or "has yet
    /// to reveal pricing" for a figure, "although it didn't say who" or "two unnamed firms" for a name, "did not say when"
    /// for a date. It names the asked kind, so it speaks of the asked fact even where it shares little else with the
    /// question ("committed an undisclosed amount" for "Wie viel Geld hat er gesteckt?"): the article does not know it.
    /// </summary>
    /// <param name="question">An unnamed thing is the asked one when the question writes its noun ("Which two firms …?" — "two unnamed firms").</param>
    /// <param name="sumAsked">The question asks a sum of money, or a figure of no named unit ("How much will X charge?"): an
    /// untold price speaks of it, not of "How many hours will the box hold?".</param>
    public static bool OfAskedKind(string sentence, string question, AnswerType expected, bool sumAsked)
    {
        if (OpenQuestionWord.FitsKind(ToldNot().Match(sentence), expected) || OpenQuestionWord.FitsKind(KnowsNot().Match(sentence), expected)) return true;
        if (sumAsked && (SumUnknown().IsMatch(sentence) || SummeUnbekannt().IsMatch(sentence))) return true;
        if (expected is AnswerType.Person or AnswerType.Organisation or AnswerType.Named or AnswerType.Other)
        {
            if (NameUnknown().IsMatch(sentence)) return true;
            var questionWords = NounCandidates(question).ToList();
            // "two unnamed firms", "an unnamed Western firm": the noun is one of the two words after "unnamed".
            foreach (Match unnamed in Unnamed().Matches(sentence))
                foreach (Capture noun in unnamed.Groups["noun"].Captures)
                    if (WritesNoun(questionWords, noun.Value)) return true;
        }
        return false;
    }

    /// <summary>"firms" for "firm", "Käufer" for "Käufers": the letters two forms of a noun share.</summary>
    private const int MinNounStem = 4;

    /// <summary>The question's words long enough to be a form of a noun.</summary>
    private static IEnumerable<string> NounCandidates(string question) =>
        Text.Tokenizer.LetterRuns(question).Select(w => w.Value).Where(w => w.Length >= MinNounStem);

    /// <summary>One of the question's words is a form of <paramref name="noun"/>: they share its first <see cref="MinNounStem"/> letters.</summary>
    private static bool WritesNoun(IReadOnlyList<string> questionWords, string noun) =>
        noun.Length >= MinNounStem && questionWords.Any(w => string.Compare(w, 0, noun, 0, MinNounStem, StringComparison.OrdinalIgnoreCase) == 0);

    /// <summary>The question words of a fact a source says it does not tell or know (<see cref="OpenQuestionWord"/> reads their kind).</summary>
    private const string EnglishWh = @"who|whom|which|where|when|how\s+much|how\s+many";

    /// <summary>"nannte nicht, wer", "weiß nicht, wie viele": German's question words of the same facts.</summary>
    private const string GermanWh = @"wer|welche[rs]?|wo|wohin|wann|wie\s+viel\p{L}*";

    /// <summary>
    /// "although it didn't say who", "declined to say how much it paid", "did not reveal where", "nannte nicht, wer": the
    /// source leaves the asked question open in its own words.
    /// </summary>
    [GeneratedRegex(@"\b(didn't|did\s+not|would\s+not|wouldn't|could\s+not|couldn't|declined\s+to|refused\s+to|not\s+to|has\s+not|have\s+not|had\s+not|yet\s+to)\s+(yet\s+)?(" + EnglishWithholding + @")\s+(?<wh>" + EnglishWh + @"|what\s+(?:proportion|percentage|share))\b"
        + @"|\b(" + GermanWithholding + @")\s+(\p{L}+\s+){0,2}?(nicht|nichts\s+darüber)\s*,\s*(?<wh>" + GermanWh + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToldNot();

    /// <summary>
    /// "We don't know how many red cards he was shown", "Die Polizei weiß noch nicht, wann …": the source says it does not
    /// know the asked kind of fact, in the question word that asks it (a bare "we don't know if …" says nothing of it).
    /// </summary>
    [GeneratedRegex(@"\b(don't|don’t|do\s+not|doesn't|doesn’t|does\s+not|didn't|didn’t|did\s+not)\s+(yet\s+)?know\s+(?<wh>" + EnglishWh + @")\b(?!\s+to\s)"
        + @"|\b(weiß|wissen|wusste|wussten)\s+(\p{L}+\s+){0,2}?nicht\s*,\s*(?<wh>" + GermanWh + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex KnowsNot();

    /// <summary>
    /// A sum the source keeps back: "an undisclosed amount of money", "a undecided fee", "has yet to reveal pricing", "did not
    /// disclose the price", "financial terms were not disclosed" (the generic <see cref="Unknown"/> reads the last).
    /// </summary>
    [GeneratedRegex(@"\b(undisclosed|unspecified|undecided|unrevealed|secret)\s+(\p{L}+\s+)?(sums?|amounts?|fees?|prices?|figures?|price\s+tag)\b"
        + @"|\b(yet\s+to|not|\p{L}+n't|declined\s+to|refused\s+to)\s+(yet\s+)?(" + EnglishWithholdingSum + @")\s+(\p{L}+\s+){0,2}?(pric\p{L}*|costs?|fees?|sums?|amount|figures?|financial\s+terms|how\s+much)\b"
        // "The value of the deal has not been revealed": the sum named first, kept back in the passive.
        + @"|\b(value|price|cost|terms|fee|sum|amount)s?\b[^.;:]{0,60}?\b(has|have|had|was|were|is|are)\s+not\s+(yet\s+)?(been\s+)?(revealed|disclosed|announced|released|made\s+public)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SumUnknown();

    /// <summary>"Der Kaufpreis wurde nicht genannt", "Über die Höhe der Ablöse wurde nichts bekannt".</summary>
    [GeneratedRegex(@"\b(Summe|Betrag|Preis|Kaufpreis|Verkaufspreis|Ablöse\p{L}*|Höhe)\b[^.;:]{0,60}?\b(nicht|nichts)\s+(\p{L}+\s+)?(genannt|bekannt|mitgeteilt|verraten|bekanntgegeben|beziffert)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SummeUnbekannt();

    /// <summary>"declined to name the buyer", "has not been named", "Seine Identität wurde nicht bekanntgegeben".</summary>
    [GeneratedRegex(@"\b(declined|refused)\s+to\s+(name|identify)\b|\b(has|have|had)\s+not\s+(yet\s+)?been\s+(named|identified)\b"
        + @"|\b(Name|Namen|Identität)\b[^.;:]{0,40}?\bnicht\s+(\p{L}+\s+)?(genannt|bekannt\p{L}*|veröffentlicht|mitgeteilt|verraten)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NameUnknown();

    /// <summary>"two unnamed firms", "ein ungenannter Käufer": the words after "unnamed", one of which names the unnamed thing.</summary>
    [GeneratedRegex(@"\b(unnamed|unidentified|ungenannt\p{L}*)\s+(?<noun>\p{L}+)(\s+(?<noun>\p{L}+))?", RegexOptions.IgnoreCase)]
    private static partial Regex Unnamed();

    /// <summary>
    /// The person in a role is not known yet: "guest presenters will stand in until a replacement is found", "a successor
    /// has yet to be named", "der Nachfolger steht noch nicht fest". The article about a departure says so for "Who replaces
    /// her?", not for when or why she leaves.
    /// </summary>
    [GeneratedRegex(@"\buntil\s+a\s+(replacement|successor)\s+(is|has\s+been)\s+(found|named|appointed)\b"
        + @"|\b(has|have|is|are)\s+yet\s+to\s+be\s+(named|appointed|found)\b|\bnachfolger\p{L}*\s+(wird\s+noch\s+gesucht|ist\s+noch\s+nicht\s+gefunden)", RegexOptions.IgnoreCase)]
    private static partial Regex PersonUnknown();

    /// <remarks>
    /// German: "ist/war/bleibt (noch/vorerst …) offen/unklar/unbekannt", "unklar, wann …", "keine Angaben", "Stillschweigen
    /// vereinbart", "steht noch nicht fest", "bislang nicht geklärt"; English: "not (yet) known/clear/disclosed/revealed",
    /// "unclear", "undisclosed", "has yet to be decided" ("unknown" is read apart: <see cref="UnknownOfAsked"/>). A bare "offen"
    /// ("ein offener Brief", "hält die Tür offen") says nothing unknown: only after a copula or before a question word.
    /// </remarks>
    [GeneratedRegex(@"\b(ist|war|sei|bleibt|blieb|blieben|sind|waren)\s+((noch|vorerst|zunächst|bislang|bisher|weiter|völlig)\s+)*(offen|unklar|unbekannt|nicht\s+bekannt|ungewiss|ungeklärt)\b"
        + @"|\b(unklar|offen|unbekannt|nicht\s+bekannt)\s*,\s*(wie|wann|wer|wo|warum|welche\p{L}*)\b|\bkeine\s+(näheren\s+)?angaben\b|\bstillschweigen\b"
        + @"|\bsteht\s+((noch|bislang|bisher|vorerst)\s+)*nicht\s+fest\b|\b(noch|bislang|bisher)\s+nicht\s+geklärt\b"
        + @"|\b(not\s+(yet\s+)?(known|clear|disclosed|revealed|released|confirmed)|unclear|undisclosed)\b"
        + @"|\b(has|have|is|are)\s+yet\s+to\s+be\s+(decided|confirmed|revealed|announced|disclosed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unknown();

    /// <summary>
    /// "unknown", but not "two previously unknown clades", "a hitherto unknown letter", "a then-unknown actor": what was
    /// unknown until the report is what it now tells — a finding, not a fact nobody knows. (German writes the same as "bisher
    /// unbekannte Kladen", which the predicative "ist bisher unbekannt" above does not read.) Nor "a relatively unknown
    /// author", "a largely unknown band": unknown by degree is little known, a description of someone, not a fact untold.
    /// </summary>
    private const string UnknownUntilNow = @"(?<!\b(previously|hitherto|formerly|relatively|largely|comparatively|virtually|little)\s+|\bthen-)\bunknown\b";
}
