namespace Briefing.Core.Lexicon;

/// <summary>
/// A German compound with its first part written long or clipped: "Autobranche" / "Automobilbranche",
/// "Autowirtschaft" / "Automobilwirtschaft". Askers and articles pick either; a question's compound the article
/// does not write was invisible, so the article was not found or the answer abstained on it ("Zu Autowirtschaft
/// finde ich nichts"). The long and the short head are one word to the dictionary when one begins the other and
/// both have the same first translation ("Auto" and "Automobil": car); a variant counts when the index has it.
/// </summary>
internal static class GermanCompoundVariants
{
    /// <summary>Shortest head and tail considered ("Auto", "Bank"); a clipped head differs by at least this many letters.</summary>
    private const int MinPart = 3;
    private const int MinTail = 4;
    private const int MinClipped = 3;
    /// <summary>Longest clipped head looked up in full (clipped forms are short: Auto, Bio, Öko, Kripo).</summary>
    private const int MaxClippedHead = 6;
    /// <summary>Headwords read after a clipped head: compounds of it sort in between ("Autobahn", …, "Automobil").</summary>
    private const int MaxLongerHeads = 200;

    /// <summary>The spellings to look for in the index (not checked against it: the caller's index changes, the dictionary does not).</summary>
    public static IReadOnlyList<string> Of(CompiledLexicon german, string word)
    {
        var variants = new List<string>();
        if (word.Length < MinPart + MinTail || !word.All(char.IsLetter)) return variants;
        for (var cut = MinPart; cut <= word.Length - MinTail; cut++)
        {
            var head = word[..cut];
            var tail = word[cut..];
            if (german.Translations(head) is not [var meaning, ..]) continue;
            foreach (var other in SameHeads(german, head, meaning))
            {
                var joined = char.ToUpperInvariant(other[0]) + other[1..] + tail;
                if (!variants.Contains(joined, StringComparer.OrdinalIgnoreCase)) variants.Add(joined);
            }
        }
        return variants;
    }

    /// <summary>The head's longer and clipped forms the dictionary lists with the same first translation.</summary>
    private static IEnumerable<string> SameHeads(CompiledLexicon german, string head, string meaning)
    {
        if (head.Length <= MaxClippedHead)
        {
            foreach (var (longer, first) in german.EntriesStartingWith(head, MaxLongerHeads))
                if (longer.Length >= head.Length + MinClipped && longer.All(char.IsLetter) && string.Equals(first, meaning, StringComparison.OrdinalIgnoreCase))
                    yield return longer;
        }
        for (var length = head.Length - MinClipped; length >= MinPart; length--)
        {
            var shorter = head[..length];
            if (SameMeaning(german, shorter, meaning)) yield return shorter.ToLowerInvariant();
        }
    }

    private static bool SameMeaning(CompiledLexicon german, string word, string meaning) =>
        german.Translations(word) is [var first, ..] && string.Equals(first, meaning, StringComparison.OrdinalIgnoreCase);
}
