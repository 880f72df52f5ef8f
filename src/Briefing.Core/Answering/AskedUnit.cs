using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// What a "how many" / "how much" question counts or measures ("Wie viele Drohnen", "How many people", "How much
/// prize money", "Wie viel Prozent"). A number that counts something else ("zehn Jahre" for drones) does not answer
/// it: the answering sentence, or one next to it, names the unit — money questions by a currency, shares by a
/// percentage, counts by the counted word or its translation.
/// </summary>
internal sealed partial record AskedUnit(string Word, AskedUnit.Measure Kind)
{
    public enum Measure { Count, Money, Percent }

    public static AskedUnit? Of(string question)
    {
        var match = UnitCue().Match(question);
        if (!match.Success) return null;
        var word = match.Groups["unit"].Value;
        var counting = match.Groups["count"].Success;
        if (FunctionWords.IsFunctionWord(word) || FunctionWords.IsQuestionWord(word)) return null;
        if (MoneyWord().IsMatch(word)) return new AskedUnit(word, Measure.Money);
        if (PercentWord().IsMatch(word)) return new AskedUnit(word, Measure.Percent);
        // "Wie viel verdiente ...": German nouns are capitalised; a lower-case word after "wie viel" is the verb.
        if (!counting && char.IsLower(word[0]) && LanguageOf(match) == "de") return null;
        return new AskedUnit(word, Measure.Count);
    }

    /// <summary>Whether a sentence's text states this kind of measure (for money and percentages; counts go by their terms).</summary>
    public bool IsStatedIn(string text) => Kind switch
    {
        Measure.Money => Currency().IsMatch(text),
        Measure.Percent => Percent().IsMatch(text),
        _ => false,
    };

    private static string LanguageOf(Match match) => match.Value.StartsWith("wie", StringComparison.OrdinalIgnoreCase) ? "de" : "en";

    [GeneratedRegex(@"\b((?<count>how\s+many|wie\s*viele[nrs]?)|how\s+much|wie\s*viel)\s+(?<unit>\p{L}[\p{L}\-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex UnitCue();

    [GeneratedRegex(@"(geld|money|fee|fees|gebühr|summe|betrag|lohn|gehalt|salary|wage|prämie|bonus|dollar|euro|pfund|pounds)$", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyWord();

    [GeneratedRegex(@"^(prozent|percent|per\s*cent)$", RegexOptions.IgnoreCase)]
    private static partial Regex PercentWord();

    [GeneratedRegex(@"[€$£¥]|\b(euro|eur|dollar|dollars|usd|pfund|pounds?|franken|francs?|yen|yuan|rupees?|rubel|roubles?)\b|\d\s*(mio|mrd|bn|m)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Currency();

    [GeneratedRegex(@"%|\b(prozent|percent|per\s+cent|prozentpunkte|percentage\s+points?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();
}
