namespace Briefing.Core.Answering;

/// <summary>
/// The acts that move a sum between parties, by side: the payer's (pay, buy, spend, invest, give, "zahlte", "kaufte") and
/// the payee's (sell, raise, receive, earn, "verkaufte", "bekam"). A sum said of one party's act answers a question of that
/// side only: the seller's sentence ("Hexal's owners sold it for $5bn") tells the price the buyer paid, so only an act
/// of the asked side by another party makes the sum another's (<see cref="SumOfAnotherParty"/>).
/// </summary>
internal static class PaymentActs
{
    public enum Side { Payer, Payee }

    /// <summary>The side of <paramref name="word"/> (any case, either language), or null when it is no act of payment.</summary>
    public static Side? Of(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Payer.Contains(lower)) return Side.Payer;
        if (Payee.Contains(lower)) return Side.Payee;
        return null;
    }

    // Finite and -ing forms, and English participles of the active perfect ("has paid"): a passive is read apart (its
    // subject receives the act), and a German participle stands at the clause's end, away from its subject.
    private static readonly HashSet<string> Payer = new(StringComparer.Ordinal)
    {
        "pay", "pays", "paid", "paying", "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring",
        "spend", "spends", "spent", "spending", "invest", "invests", "invested", "investing", "give", "gives", "gave", "giving",
        "donate", "donates", "donated", "donating", "handed", "offer", "offers", "offered", "offering", "bid", "bids", "bidding",
        "zahlt", "zahlte", "zahlten", "zahlen", "bezahlt", "bezahlte", "bezahlten", "bezahlen", "kauft", "kaufte", "kauften", "kaufen",
        "erwirbt", "erwarb", "erwarben", "investiert", "investierte", "investierten", "spendet", "spendete", "spendeten",
        "bietet", "bot", "boten", "gibt", "gab", "gaben", "überweist", "überwies", "übernimmt", "übernahm", "übernahmen",
    };

    private static readonly HashSet<string> Payee = new(StringComparer.Ordinal)
    {
        "sell", "sells", "sold", "selling", "raise", "raises", "raised", "raising", "receive", "receives", "received", "receiving",
        "earn", "earns", "earned", "earning", "collect", "collects", "collected", "collecting",
        "verkauft", "verkaufte", "verkauften", "verkaufen", "bekommt", "bekam", "bekamen", "erhält", "erhielt", "erhielten",
        "kassiert", "kassierte", "kassierten", "verdient", "verdiente", "verdienten", "sammelt", "sammelte", "sammelten",
    };
}
