using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The thing a cost question prices: "Was kostet Chinas zweiter Flugzeugträger?" → Flugzeugträger, "Was hat der Film
/// Primer gekostet?" → Primer, "How much does the Hello Barbie doll cost?" → doll. A sum tied to something else in its
/// clause ("den Militäretat … auf 127 Milliarden Euro erhöht") does not answer it: the sentence that does either names
/// the priced thing or says its sum is a price ("kostet", "Preis", "priced at", "für 50 Dollar").
/// </summary>
internal static partial class PricedThing
{
    /// <summary>
    /// The head noun of the priced phrase (its last word before a function word, a lower-case word or the question's
    /// end); null when the question prices no thing it names ("Was kostet es, …?", "What did it cost taxpayers …?") or
    /// asks no cost.
    /// </summary>
    public static string? Of(string question, string language)
    {
        if (language == "de" && GermanCost().Match(question) is { Success: true } de) return GermanHead(question, de.Index + de.Length);
        if (language == "en" && EnglishCost().Match(question) is { Success: true } en) return EnglishHead(en.Groups["phrase"].Value);
        return null;
    }

    /// <summary>Whether <paramref name="sentence"/> says its sum is a price: a word of price or pay, or a sum "for" / "at" something.</summary>
    public static bool SaysPriceIn(string sentence) => PriceWord().IsMatch(sentence) || SumForSomething().IsMatch(sentence);

    /// <summary>
    /// German nouns are capitalised: the phrase after the finite verb runs over capitalised words and the lower-case
    /// adjectives before them ("Chinas zweiter Flugzeugträger"), from its first word that is no article.
    /// </summary>
    private static string? GermanHead(string question, int start)
    {
        string? head = null;
        var words = PhraseWord().Matches(question, start).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Value;
            if (question[start..words[i].Index].Any(ch => ch is ',' or '?' or ';' or ':')) break;
            start = words[i].Index + word.Length;
            var isFunction = FunctionWords.IsFunctionWord(word, "de");
            if (head is null && isFunction)
            {
                // "Was kostet es, …?": the impersonal subject prices no named thing.
                if (Impersonal().IsMatch(word)) return null;
                continue;
            }
            if (isFunction) break;
            // "die Fusionsanlage Wendelstein 7-X", "der Airbus A380": the model's designation belongs to the name before it.
            // A name with an inner capital ("das iPhone X", "eBay") is a noun too, though its first letter is small.
            if (char.IsUpper(word[0]) || word.Skip(1).Any(char.IsUpper))
            {
                if (head is null || !ModelDesignations.IsAt(question, words[i].Index, word.Length)) head = word;
                continue;
            }
            // A lower-case word is an adjective of the noun after it ("Chinas zweiter Flugzeugträger"), else the phrase's end.
            if (i + 1 < words.Count && char.IsUpper(words[i + 1].Value[0])) continue;
            if (head is not null) break;
        }
        return head;
    }

    /// <summary>
    /// The English phrase between the auxiliary and "cost" ends in its head noun: "a rebuild of Belfast's Lyric Theatre".
    /// A preposition other than "of" ends the priced phrase, as a function word ends the German one: "one session of
    /// remote-controlled hunting on the Texas ranch" prices the hunting, and the ranch only says where.
    /// </summary>
    private static string? EnglishHead(string phrase)
    {
        var matches = PhraseWord().Matches(phrase);
        var words = matches.Select(m => m.Value).ToList();
        if (words.Count == 0 || Impersonal().IsMatch(words[0])) return null;
        var end = words.Count;
        var sawContent = false;
        for (var i = 0; i < words.Count; i++)
        {
            var isFunction = FunctionWords.IsFunctionWord(words[i], "en");
            if (!isFunction) { sawContent = true; continue; }
            if (sawContent && !IsPhraseInternal(words[i])) { end = i; break; }
        }
        // "the Airbus A380", "the iPhone X": the designation is the model's, the name before it the head; also when the
        // phrase goes on after it ("the Airbus A380 for Emirates"), so it is read once the phrase is cut.
        while (end > 1 && ModelDesignations.IsAt(phrase, matches[end - 1].Index, words[end - 1].Length)) end--;
        var last = words[end - 1].TrimEnd('\'', '’');
        return FunctionWords.IsFunctionWord(last, "en") ? null : last;
    }

    /// <summary>"of" and the articles stay inside a priced phrase ("a rebuild of the Lyric Theatre").</summary>
    private static bool IsPhraseInternal(string word) =>
        word.Equals("of", StringComparison.OrdinalIgnoreCase) || FunctionWords.IsDefiniteArticle(word) || FunctionWords.IsIndefiniteArticle(word, "en");

    [GeneratedRegex(@"\p{L}[\p{L}\-]*")]
    private static partial Regex PhraseWord();

    [GeneratedRegex(@"^(es|it|this|that|das|dies)$", RegexOptions.IgnoreCase)]
    private static partial Regex Impersonal();

    /// <summary>"Was kostet …", "Wie viel kostete …", "Was soll … kosten", "Was hat … gekostet": the words after the finite verb.</summary>
    [GeneratedRegex(@"^\s*(?:was|wie\s*viel)\s+(?:(?:kostet|kostete|kosten|kosteten)\b|(?=.*\b(?:kosten|gekostet)\s*\?\s*$)\p{L}+\b)", RegexOptions.IgnoreCase)]
    private static partial Regex GermanCost();

    /// <summary>"How much does the X cost", "What would the X cost": the phrase the auxiliary and "cost" enclose.</summary>
    [GeneratedRegex(@"^\s*(?:how\s+much|what)\s+(?:does|did|do|would|will|could|might|should)\s+(?<phrase>[^?,]+?)\s+cost\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishCost();

    /// <remarks>
    /// The stems of <see cref="MoneyVerbs.PriceAndPay"/> and the nouns of price, as substrings: compounds show them too
    /// ("Kostenbeitrag", "Ticketpreis", "Eintrittsgebühr"), which MoneyVerbs' whole words would not match. The inflected
    /// adjective drops the e of "teuer" ("die eine Milliarde Euro teure Anlage", "die fünf Millionen Euro teure Groteske"):
    /// the sum before it is the thing's price. As a word's start only: "Akteure" and "Amateure" end in it. A cost is often given as
    /// an estimate of the thing under another noun ("Der Neubau war mit 120 Millionen Euro veranschlagt").
    /// </remarks>
    [GeneratedRegex(@"kost|cost|preis|price|paid|pay|zahl|wert|worth|teuer|\bteur|expensive|billig|cheap|tarif|fee|gebühr|charge|budget|veranschlag|schätz|estimat", RegexOptions.IgnoreCase)]
    private static partial Regex PriceWord();

    /// <summary>"ein Tablet für 50 Dollar", "um 500.000 Euro", "sold at £35", "ab 26,80 Euro".</summary>
    /// <remarks>The figure after the preposition is a sum: "um 10,1 Prozent auf 127 Milliarden Euro erhöht" is a rise, no price.</remarks>
    [GeneratedRegex(@"\b(für|um|ab|zu|for|at|from)\s+(?:(?:rund|etwa|nur|knapp|about|around|only|just)\s+)?(?:[$£€]\s?\d|\d[\d.,]*\s*(?:\p{L}+\.?\s+)?(?:euro|dollar|dollars|pfund|franken|pounds?|cents?)\b|\d[\d.,]*\s*[€$£])", RegexOptions.IgnoreCase)]
    private static partial Regex SumForSomething();
}
