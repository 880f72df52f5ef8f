using Briefing.Core.Text;

namespace Briefing.Core.Lexicon;

/// <summary>
/// A German compound the dictionary lacks as the parts it lists, so that each part can be translated: "Frühjahrsparteitag"
/// → "Frühjahr", "Parteitag"; "Amazonaswaldes" → "Amazonas", "Waldes" (the tail in any inflected form the dictionary lists
/// the base of: genitive, umlaut plural "Pestausbrüchen"); "Ölvorkommen" → "Öl", "Vorkommen" (a short head before a long
/// tail); "Apothekenverwaltungsunternehmen" → "Apotheken", "Verwaltungs", "Unternehmen" (three parts where no two do).
/// </summary>
/// <remarks>
/// The parts are returned as the compound writes them (a part's linking element stays on it, "Verwaltungs"): the look-up
/// strips endings itself, and the question's detail check finds each part's group by the part as written. A split of
/// listed parts always wins; only where there is none may one part be a word the dictionary does not translate but the
/// other language writes as German borrowed it ("Softwarepatenten" → "Software", "Patenten"; "Chartgeschichte" →
/// "Chart", "Geschichte"): the caller says which words those are (it knows the index).
/// </remarks>
internal static class GermanCompoundParts
{
    private const int MinCompound = 8;
    private const int MinPart = 4;
    /// <summary>Two- and three-letter heads (Öl, Ost, Bau) begin too many words by chance: only before a tail this long.</summary>
    private const int MinShortHead = 2;
    private const int MinTailAfterShortHead = 6;
    /// <summary>A borrowed part is a whole word of the other language, not a syllable that happens to spell one ("Send").</summary>
    private const int MinBorrowedPart = 5;

    /// <param name="listedWhole">Split a compound the dictionary lists as a whole too (its parts are then a second way to show it).</param>
    /// <param name="borrowed">Whether a word the dictionary does not translate is written alike in the other language.</param>
    /// <returns>Two or three parts, or empty when the word is no compound of listed (or borrowed) words.</returns>
    public static IReadOnlyList<string> Of(CompiledLexicon german, string word, Func<string, bool>? borrowed = null, bool listedWhole = false)
    {
        if (word.Length < MinCompound || !word.All(char.IsLetter) || (!listedWhole && german.Translations(word).Count > 0)) return [];
        // A lower-case word (a verb, an adjective) splits only into two long listed parts: read as a noun compound, its
        // particle or preposition passed for a head ("auszahlen" → aus + Zahlen, "andeuten" → an + deuten).
        if (!char.IsUpper(word[0])) return TwoParts(german, word, _ => false, noun: false) ?? [];
        return TwoParts(german, word, _ => false, noun: true) is { } two ? two
            : ThreeParts(german, word) is { } three ? three
            : borrowed is not null && TwoParts(german, word, part => part.Length >= MinBorrowedPart && borrowed(part), noun: true) is { } withBorrowed ? withBorrowed
            : [];
    }

    /// <summary>
    /// The last part of a noun compound whose head the dictionary does not know ("Sendegebühren" → "Gebühren",
    /// "Paläoklimatologen" → "Klimatologen"): the kind of thing the compound names. The longest listed tail after a head of
    /// a few letters at least; null when there is none or the word splits into listed parts (<see cref="Of"/>).
    /// </summary>
    public static string? Tail(CompiledLexicon german, string word)
    {
        if (word.Length < MinCompound || !char.IsUpper(word[0]) || !word.All(char.IsLetter) || german.Translations(word).Count > 0) return null;
        for (var cut = MinUnknownHead; cut <= word.Length - MinKnownTail; cut++)
        {
            var tail = AsNoun(word[cut..]);
            if (IsListedTail(german, tail, noun: true)) return tail;
        }
        return null;
    }

    /// <summary>The unknown head of <see cref="Tail"/>: a prefix or stem of a few letters ("Paläo", "Sende").</summary>
    private const int MinUnknownHead = 3;
    /// <summary>A tail named alone must be a word of its own, not a syllable the dictionary happens to list ("Ende").</summary>
    private const int MinKnownTail = 5;

    /// <summary>The split with the longest listed head whose rest is a listed word; short heads only when no longer one splits.</summary>
    private static string[]? TwoParts(CompiledLexicon german, string word, Func<string, bool> borrowed, bool noun)
    {
        for (var cut = word.Length - MinPart; cut >= MinPart; cut--)
            if (SplitAt(german, word, cut, MinPart, borrowed, noun) is { } parts) return parts;
        if (!noun) return null;
        for (var cut = MinPart - 1; cut >= MinShortHead; cut--)
            if (SplitAt(german, word, cut, MinTailAfterShortHead, _ => false, noun) is { } parts) return parts;
        return null;
    }

    private static string[]? SplitAt(CompiledLexicon german, string word, int cut, int minTail, Func<string, bool> borrowed, bool noun)
    {
        // The head as written ("Frühjahr"; its linking "s" belongs to the join), the tail in a listed form ("Waldes").
        var head = word[..cut];
        var headListed = IsListed(german, head, inflected: false);
        var headBorrowed = !headListed && borrowed(head);
        if (!headBorrowed && !headListed) return null;
        foreach (var link in GermanCompoundLinks.All)
        {
            if (!word.AsSpan(cut).StartsWith(link, StringComparison.Ordinal) || word.Length - cut - link.Length < minTail) continue;
            var tail = AsNoun(word[(cut + link.Length)..]);
            // One borrowed part at most: two are an English phrase, no German compound.
            if (IsListedTail(german, tail, noun) || (!headBorrowed && borrowed(tail))) return [head, tail];
        }
        return null;
    }

    /// <summary>
    /// A listed head before a tail that is itself two listed parts ("Apotheken" + "Verwaltungsunternehmen"), or a head that
    /// is two listed parts before a listed tail ("Arbeitslosenversicherungs" + "Beitrag" where the long head is unlisted).
    /// </summary>
    private static string[]? ThreeParts(CompiledLexicon german, string word)
    {
        for (var cut = word.Length - MinPart; cut >= MinPart; cut--)
        {
            var head = word[..cut];
            var headListed = IsListed(german, head, inflected: false);
            foreach (var link in GermanCompoundLinks.All)
            {
                if (!word.AsSpan(cut).StartsWith(link, StringComparison.Ordinal) || word.Length - cut - link.Length < MinPart) continue;
                var tail = AsNoun(word[(cut + link.Length)..]);
                if (headListed && tail.Length >= MinCompound && !IsListedTail(german, tail, noun: true) && TwoParts(german, tail, _ => false, noun: true) is [var middle, var last])
                    return [head, middle, last];
                if (!headListed && head.Length >= MinCompound && IsListedTail(german, tail, noun: true) && TwoParts(german, head, _ => false, noun: true) is [var first, var second])
                    return [first, second, tail];
            }
        }
        return null;
    }

    private static bool IsListed(CompiledLexicon german, string word, bool inflected) =>
        german.FirstListedForm(word, "de", forms: inflected ? int.MaxValue : 1) is not null;

    /// <summary>
    /// A tail carries the compound's ending: a noun's in any look-up form ("Waldes" → Wald, "Ausbrüchen" → Ausbruch); another
    /// word's as written or with its first ending stripped (a verb's or adjective's tail is no inflected noun).
    /// </summary>
    private static bool IsListedTail(CompiledLexicon german, string tail, bool noun) =>
        german.FirstListedForm(tail, "de", forms: noun ? int.MaxValue : 2) is not null;

    private static string AsNoun(string part) => char.ToUpperInvariant(part[0]) + part[1..];
}
