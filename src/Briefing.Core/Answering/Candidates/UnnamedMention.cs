using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A sentence that speaks of the asked thing without naming it: "Police apprehended Brown at his hotel" for "Which hotel
/// was Brown staying at?", "er wurde in ein Spital gebracht" for "In welches Spital …?". Where an article knows the name,
/// it writes it there ("at his hotel, the Fairmont", "ins Spital Hietzing"); an indefinite or possessive article before
/// the noun, and no name after it, says the report does not give it.
/// </summary>
internal static partial class UnnamedMention
{
    /// <summary>
    /// True when <paramref name="sentence"/> writes <paramref name="head"/> (in any case or number) and every time only
    /// after "a", "his", "ein", "seinem" … with no name right after it.
    /// </summary>
    /// <param name="person">The head is a noun of people ("man", "Bub"): a head of three letters is read too, as every head
    /// is, as a word of its own, and such a short noun of people names no place or thing the way "Ort" or "Tag" does.
    /// Case is not read: "Man" of "Isle of Man" is a mention the article names, so it never makes an unnamed one.</param>
    public static bool OnlyIn(string sentence, string head, string language, bool person = false)
    {
        if (head.Length < (person ? MinPersonHead : MinHead)) return false;
        var mentions = Word().Matches(sentence).Where(w => IsHead(w.Value, head)).ToList();
        return mentions.Count > 0 && mentions.All(m => AfterUnnaming(sentence, m.Index, language) && !NamedBefore(sentence, m.Index)
            && !NamedAfter(sentence, m.Index + m.Length) && !(language != "de" && Modifies(sentence, m.Index + m.Length)));
    }

    /// <summary>
    /// "a hospital scan", "an anti-Nazi resistance heroine": an English noun right before another lower-case word
    /// describes that word, it is not the thing spoken of.
    /// </summary>
    private static bool Modifies(string sentence, int end) =>
        Word().Match(sentence, end) is { Success: true } next && string.IsNullOrWhiteSpace(sentence[end..next.Index]) && next.Index > end
        && char.IsLower(next.Value[0]) && !FunctionWords.IsFunctionWord(next.Value, "en");

    /// <summary>"das Konradinum, ein Heim für …": a name in apposition right before the indefinite article names it.</summary>
    private static bool NamedBefore(string sentence, int index) => NameBefore().IsMatch(sentence[..index]);

    /// <summary>
    /// "Welche Art Unterwäsche …?", "What kind of engine …?": a kind is answered by a description ("eine Unterwäsche mit
    /// Wasserkühlung"), which an indefinite article begins; only a question for which one asks for its name.
    /// </summary>
    public static bool AsksForAKind(string question) => KindAsked().IsMatch(question);

    [GeneratedRegex(@"\b(welche[rsmn]?\s+(" + AskedHead.GermanKindWords + @")|was\s+für|(what|which)\s+(" + AskedHead.EnglishKindWords + @")s?\s+of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KindAsked();

    /// <summary>Heads shorter than this ("Ort", "Tag") name too many unrelated things to say the asked one is spoken of.</summary>
    private const int MinHead = 4;

    /// <summary>"man", "boy", "Bub": the shortest nouns of people a name is asked for.</summary>
    private const int MinPersonHead = 3;

    /// <summary>
    /// The noun itself, or with a genitive or plural s ("Flusses", "hotels"). A compound ending in it ("Holzhäuser" for
    /// "Welche Häuser …?") is not: it says which kind, and may be the answer itself.
    /// </summary>
    private static bool IsHead(string word, string head) => InflectedForm.Is(word, head, InflectedForm.SEndings);

    /// <summary>The word before the noun (or before one adjective in front of it) is an indefinite or possessive article.</summary>
    private static bool AfterUnnaming(string sentence, int index, string language)
    {
        var before = Word().Matches(sentence[..index]).TakeLast(2).Select(w => w.Value).ToList();
        return (before.Count >= 1 && IsUnnaming(before[^1], language))
               || (before.Count == 2 && IsUnnaming(before[0], language) && IsAdjective(before[1], language));
    }

    /// <summary>A German adjective is written in lower case; an English one is any lower-case word ("a local hospital").</summary>
    private static bool IsAdjective(string word, string language) => char.IsLower(word[0]) && !IsUnnaming(word, language);

    /// <summary>
    /// A capitalised word right after the noun, past a comma, an article or a naming phrase ("his hotel, the Fairmont", "ein
    /// Spital namens Hanusch", "ein Papier mit dem Titel „…“"), or the value it has ("eine Quote von 20 Prozent", "a fine of $5m"): the sentence says which one.
    /// </summary>
    private static bool NamedAfter(string sentence, int end) =>
        (NameAfter().Match(sentence, end) is { Success: true } name && name.Index == end) || (ValueAfter().Match(sentence, end) is { Success: true } value && value.Index == end);

    /// <summary>
    /// An indefinite or third-person possessive article of <paramref name="language"/> ("de"; anything else is English),
    /// or English "another", which no more names the thing than "a" does ("another hotel").
    /// </summary>
    private static bool IsUnnaming(string word, string language) =>
        FunctionWords.IsIndefiniteArticle(word, language) || FunctionWords.IsThirdPersonPossessive(word, language)
        || (language != "de" && word.Equals("another", StringComparison.OrdinalIgnoreCase));

    /// <summary>A word, or a figure glued to its unit ("200m", "5-star"): "his 200m title" says which title.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s*(,\s*)?((?i:the|der|die|das|namens|called|named|titled|entitled|mit\s+dem\s+(titel|namen))\s+)?[""„“']?\p{Lu}")]
    private static partial Regex NameAfter();

    [GeneratedRegex(@"\s+(?i:von|of|at|worth|in\s+höhe\s+von)\s+(\p{L}+\s+)?[$€£]?\d")]
    private static partial Regex ValueAfter();

    /// <summary>A capitalised word and a comma, colon or dash right before the article: "das Konradinum, ein Heim", "„Der Clan“: ein Drama".</summary>
    [GeneratedRegex(@"\p{Lu}[\p{L}\p{M}'’-]*[""“”'’]?\s*[,:–-]\s*\p{L}+\s+(\p{Ll}\p{L}*\s+)?$")]
    private static partial Regex NameBefore();
}
