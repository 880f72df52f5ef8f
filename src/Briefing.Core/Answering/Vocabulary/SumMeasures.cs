using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// What a sum of money measures, by the word that governs it: a cost ("cost", "Kosten", "Preis", "budget"), takings
/// ("taking $36.5m", "box office", "Umsatz", "eingespielt"), a profit or loss ("earnings", "Gewinn"), a fine
/// ("Strafe"), pay ("salary", "Gehalt"), a payout ("damages", "Abfindung") or money raised ("donations", "Spenden").
/// "How much did it cost to make the film Robots?" is not answered by "Robots … opened at the top of the box office
/// chart, taking $36.5m": the sentence names the film, but its sum is what the film took, not what it cost.
/// </summary>
/// <remarks>
/// The measures fall into sides: what someone pays out (a cost, a fine, a wage, damages), what a business takes in (takings,
/// profit), and what a collection raises. Within a side news words one sum many ways ("Was kostet es, wenn man erwischt
/// wird?" is answered by "Strafen zwischen 27,50 und 270 Euro"), so only a sum of another side is another measure. Verbs of
/// paying ("paid", "zahlt") belong to every side and say nothing here.
/// </remarks>
internal static partial class SumMeasures
{
    private enum Side { PaidOut, TakenIn, Raised }

    /// <summary>
    /// The lead's sum measures another side than the question asks and no chosen sentence that states a sum names the asked
    /// side. A lead without a governing word, or a question of no side or of two, keeps its answer.
    /// </summary>
    /// <param name="statesSum">Whether a sentence states a sum of money (<see cref="AskedUnit.IsStatedIn"/>).</param>
    public static bool LeadMeasuresAnother(string question, IReadOnlyList<string> chosen, Func<string, bool> statesSum)
    {
        if (chosen.Count == 0 || SidesIn(question) is not { Count: 1 } asked) return false;
        var lead = chosen[0];
        if (!statesSum(lead) || SidesIn(lead) is not { Count: > 0 } leadSides || leadSides.Overlaps(asked)) return false;
        return !chosen.Any(c => statesSum(c) && SidesIn(c).Overlaps(asked));
    }

    /// <summary>
    /// The question asks what is paid or what something costs, and every chosen sentence that states a sum says only what
    /// something is worth: "Wie viel will Western Digital für SanDisk bezahlen?" over "SanDisk ist an der Börse rund 14,6 Mrd.
    /// Dollar wert", "What price had the family put on the tapes?" over "The tapes … are valued at up to $50,000". A worth is
    /// what the thing would fetch, not the asked deal's sum; a sentence that writes a payment or a deal beside it ("in a deal
    /// worth $5bn", "bought … for") may state the asked sum, and a question for a worth is answered by one.
    /// </summary>
    public static bool OnlyWorthForPayment(string question, IReadOnlyList<string> chosen, Func<string, bool> statesSum)
    {
        if (!PaymentAsked().IsMatch(question) || StatesWorth(question)) return false;
        var sums = chosen.Where(statesSum).ToList();
        return sums.Count > 0 && sums.All(s => StatesWorth(s) && !PaymentShown(s));
    }

    /// <summary>"ist … wert" (the predicate adjective; the noun "Wert" of "im Wert von" is a deal's), "Börsenwert", "is worth", "are valued at", "market value".</summary>
    private static bool StatesWorth(string text) => WorthAdjective().IsMatch(text) || Worth().IsMatch(text);

    [GeneratedRegex(@"\bwert\b")]
    private static partial Regex WorthAdjective();

    [GeneratedRegex(@"\b(\w*börsenwert\w*|\w*marktwert\w*|börsenkapitalisierung|market\s+(value|capitali[sz]ation)|(is|are|was|were|be|been)\s+(\w+\s+)?(worth|valued\s+at))\b|\bworth\b(?=\s*\?)", RegexOptions.IgnoreCase)]
    private static partial Regex Worth();

    /// <summary>
    /// A question for a sum paid or a cost: the verbs of price and pay (<see cref="MoneyVerbs.PriceAndPay"/>) but a worth,
    /// and the forms only a question of paying uses ("ausgeben", "spent", "Kaufpreis").
    /// </summary>
    [GeneratedRegex(@"\b(?!(worth|wert)\b)(" + MoneyVerbs.PriceAndPay
        + @"|pays|spend|spent|zahl\w*|bezahl\w*|gezahlt|ausgeben|ausgegeben|kost\w*|costing|price[sd]?|\w*preis\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PaymentAsked();

    /// <summary>
    /// A payment, a purchase, an offer or a deal written in the sentence: its sum may be the asked one. The acts are
    /// <see cref="PaymentActs"/>' verbs, read as whole words (a stem inside "Gesellschaft" or "Soldaten" is none).
    /// </summary>
    private static bool PaymentShown(string sentence)
    {
        var words = Tokenizer.LetterRuns(sentence);
        return PaymentNoun().IsMatch(sentence) || Enumerable.Range(0, words.Count).Any(i =>
            PaymentActs.At(words, i, "de") is not null || PaymentActs.At(words, i, "en") is not null || PaymentActs.IsGermanParticiple(words[i].Value));
    }

    /// <summary>The nouns of a deal and its sum: "Kaufpreis", "Übernahmeangebot", "Gebot", "deal", "takeover", "price", "Kosten".</summary>
    [GeneratedRegex(@"\b(\w*(kauf|preis|angebot|gebot|übernahme)\w*|deals?|takeovers?|take\s+over|purchase[sd]?|acquisitions?|offers?|bids?|price[sd]?|prices|costs?|\w*kosten|kostet\w*|gekostet)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PaymentNoun();

    private static HashSet<Side> SidesIn(string text)
    {
        var sides = new HashSet<Side>();
        if (PaidOut().IsMatch(text)) sides.Add(Side.PaidOut);
        if (TakenIn().IsMatch(text) || TookSum().IsMatch(text)) sides.Add(Side.TakenIn);
        if (Raised().IsMatch(text)) sides.Add(Side.Raised);
        return sides;
    }

    /// <summary>
    /// A cost or price, a fine, a wage, damages: "cost", "Baukosten", "Kaufpreis", "budget", "Geldstrafe", "Gehalt",
    /// "Lohnnachzahlung", "compensation", "Abfindung".
    /// </summary>
    [GeneratedRegex(@"\b(cost|costs|costing|costly|expensive|priced?|prices|budgets?|(sell|sells|sold|selling)\s+for|fetch\w*|\w*kosten|kostet\w*|gekostet|\w*preise?s?|\w*etat|teuer\w*"
        + @"|fines?|fined|\w*strafen?|bußgeld\w*|salary|salaries|wages?|\w*gehalt|\w*gehälter|\w*lohn\w*|\w*löhne"
        + @"|damages|compensation|payouts?|severance|\w*abfindung\w*|\w*entschädigung\w*|schadens?ersatz|schmerzensgeld)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PaidOut();

    /// <summary>What a business or a film takes in, and what it keeps: "takings", "box office", "revenue", "Umsatz", "eingespielt", "profit", "earnings", "Gewinn", "Verlust".</summary>
    [GeneratedRegex(@"\b(takings|grossed|grossing|box[\s-]office|revenues?|turnover|\w*umsatz|\w*umsätze|\w*einnahmen|eingespielt|einspielte|einspielen"
        + @"|profits?|earnings|losses|\w*gewinne?s?|\w*verlust\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TakenIn();

    /// <summary>"taking $36.5m on its first weekend", "took in more than $20m", "opened at number four with $9.8m": a film's or a show's takings.</summary>
    [GeneratedRegex(@"\b((took|taking|takes|take)\s+(in\s+)?|opened\s+(at\s+(number|no\.?)\s+\w+\s+)?with\s+)((more\s+than|about|around|almost|nearly|over|just|only)\s+)?[$£€]", RegexOptions.IgnoreCase)]
    private static partial Regex TookSum();

    /// <summary>Money collected for a cause: "raised", "donations", "Spenden", "gesammelt".</summary>
    [GeneratedRegex(@"\b(raised|raising|donated|donations?|\w*spenden|gespendet|gesammelt|sammelte)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Raised();
}
