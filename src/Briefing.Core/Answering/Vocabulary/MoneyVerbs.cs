namespace Briefing.Core.Answering;

/// <summary>
/// The verbs of price and pay, in the forms a question asks with ("kostet", "cost", "paid", "zahlt", "bezahlt",
/// "worth"): the one list the money patterns of <see cref="AskedUnit"/> and <see cref="ExpectedAnswerType"/> share,
/// each adding the forms only it reads (a modal's "zahlen" in lower case only, the verbs of saving and spending).
/// </summary>
internal static class MoneyVerbs
{
    /// <summary>A regex alternation, to be used inside a group with word boundaries.</summary>
    public const string PriceAndPay =
        "kostet|kostete|kosten|gekostet|cost|costs|worth|wert|pay|paying|paid|zahlt|zahlte|bezahlt|bezahlen|bezahlte|berappen|blechen"
        // "How much did the computer sell for?", "What did the painting fetch?": a sale's price, a sum in a currency (not
        // "2.9 million viewers").
        + @"|(sell|sells|sold|selling)\s+for|fetch|fetches|fetched";
}
