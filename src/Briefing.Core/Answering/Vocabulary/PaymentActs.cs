using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// The acts that move a sum between parties, by side: the payer's (pay, buy, spend, invest, give, "zahlte", "kaufte") and
/// the payee's (sell, raise, receive, earn, "verkaufte", "bekam"). A sum said of one party's act answers a question of that
/// side only: the seller's sentence ("Hexal's owners sold it for $5bn") tells the price the buyer paid, so only an act
/// of the asked side by another party makes the sum another's (<see cref="SumOfAnotherParty"/>).
/// </summary>
/// <remarks>
/// Apart from MoneyVerbs.PriceAndPay and AskedUnit's money verbs, which tell that a question asks a sum at all (and so hold
/// "cost", "kosten", the participles): these lists tell whose act a sum is, so they hold only the verbs that have a doer on
/// one side of a deal, in the forms that stand beside that doer.
/// </remarks>
internal static class PaymentActs
{
    public enum Side { Payer, Payee }

    /// <summary>
    /// The side of <paramref name="word"/> in <paramref name="language"/>, or null when it is no act of payment. An English
    /// verb may open a sentence in capitals; a German one is written in lower case, its capitalised form is a noun ("Laut
    /// Eurostat-Zahlen", "beim Kaufen").
    /// </summary>
    public static Side? Of(string word, string language)
    {
        var form = language == "de" ? word : word.ToLowerInvariant();
        var (payer, payee) = language == "de" ? (GermanPayer, GermanPayee) : (EnglishPayer, EnglishPayee);
        if (payer.Contains(form)) return Side.Payer;
        if (payee.Contains(form)) return Side.Payee;
        return null;
    }

    /// <summary>
    /// The side of a German question's act: also its perfect's participle ("Wie viel hat Bayern für Larsson gezahlt?"),
    /// which in a question stands with the doer the question names, though in a sentence it may be a passive's.
    /// </summary>
    public static Side? OfGermanQuestion(string word) =>
        Of(word, "de") ?? (GermanPayerParticiples.Contains(word) ? Side.Payer : GermanPayeeParticiples.Contains(word) ? Side.Payee : null);

    /// <summary>A German participle of a payment ("gekauft", "gezahlt", "bekommen"), of either side.</summary>
    public static bool IsGermanParticiple(string word) =>
        GermanPayerParticiples.Contains(word) || GermanPayeeParticiples.Contains(word);

    /// <summary>
    /// The side of the act written by <paramref name="words"/>[<paramref name="at"/>]; null also for "es gibt" ("In Steyr
    /// gibt es ein Werk"), which says that something is, not that anyone gives.
    /// </summary>
    public static Side? At(IReadOnlyList<Match> words, int at, string language)
    {
        var side = Of(words[at].Value, language);
        if (side is null || language != "de" || words[at].Value is not ("gibt" or "gab" or "gaben")) return side;
        var besideEs = (at + 1 < words.Count && words[at + 1].Value == "es") || (at > 0 && words[at - 1].Value is "es" or "Es");
        return besideEs ? null : side;
    }

    // Finite and -ing forms, and English participles of the active perfect ("has paid"): a passive is read apart (its
    // subject receives the act), and a German participle stands at the clause's end, away from its subject.
    private static readonly HashSet<string> EnglishPayer = new(StringComparer.Ordinal)
    {
        "pay", "pays", "paid", "paying", "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring",
        "spend", "spends", "spent", "spending", "invest", "invests", "invested", "investing", "give", "gives", "gave", "giving",
        "donate", "donates", "donated", "donating", "handed", "offer", "offers", "offered", "offering", "bid", "bids", "bidding",
    };

    private static readonly HashSet<string> GermanPayer = new(StringComparer.Ordinal)
    {
        "zahlt", "zahlte", "zahlten", "zahlen", "bezahlt", "bezahlte", "bezahlten", "bezahlen", "kauft", "kaufte", "kauften", "kaufen",
        "erwirbt", "erwarb", "erwarben", "investiert", "investierte", "investierten", "spendet", "spendete", "spendeten",
        "bietet", "bot", "boten", "gibt", "gab", "gaben", "überweist", "überwies", "übernimmt", "übernahm", "übernahmen",
    };

    private static readonly HashSet<string> EnglishPayee = new(StringComparer.Ordinal)
    {
        "sell", "sells", "sold", "selling", "raise", "raises", "raised", "raising", "receive", "receives", "received", "receiving",
        "earn", "earns", "earned", "earning", "collect", "collects", "collected", "collecting",
    };

    private static readonly HashSet<string> GermanPayee = new(StringComparer.Ordinal)
    {
        "verkauft", "verkaufte", "verkauften", "verkaufen", "bekommt", "bekam", "bekamen", "erhält", "erhielt", "erhielten",
        "kassiert", "kassierte", "kassierten", "verdient", "verdiente", "verdienten", "sammelt", "sammelte", "sammelten",
    };

    private static readonly HashSet<string> GermanPayerParticiples = new(StringComparer.Ordinal)
    {
        "gezahlt", "gekauft", "erworben", "gespendet", "geboten", "überwiesen", "übernommen", "ausgegeben",
    };

    private static readonly HashSet<string> GermanPayeeParticiples = new(StringComparer.Ordinal)
    {
        "bekommen", "erhalten", "eingenommen", "gesammelt",
    };
}
