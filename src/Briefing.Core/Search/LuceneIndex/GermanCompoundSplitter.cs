using Briefing.Core.Text;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// Splits a German compound into two parts the index knows, using the index's own vocabulary as the dictionary
/// ("wikingersiedl" → "wiking" + "siedl", with the linking "er"), so a question's "Wikingersiedlern" also finds
/// "die Wikinger ... Siedler". Works on analysed (folded, stemmed) terms; among possible splits the one whose
/// rarer part is most frequent wins (Koehn and Knight's frequency heuristic), which avoids rare junk parts.
/// </summary>
/// <remarks>
/// Some nouns that begin compounds are two or three letters long (Öl, Ost, Bau, Rat: "Ölproduktion", "Ostgebiete"),
/// and the article writes them apart ("die Produktion von Öl"). So short a head begins too many words by chance, so it
/// is tried only when no longer head splits the word, and only before a long tail: a word of its own, not a syllable.
/// </remarks>
internal sealed class GermanCompoundSplitter(ITermStatistics statistics)
{
    private const int MinPart = 4;
    private const int MinCompound = 2 * MinPart;
    private const int MinShortHead = 2;
    /// <summary>The tail after a short head: long enough to be a word the index knows on its own ("produktion", "gebiet").</summary>
    private const int MinTailAfterShortHead = 6;

    /// <returns>The two parts, or null when <paramref name="term"/> is no compound of indexed words.</returns>
    public (string Head, string Tail)? Split(string term)
    {
        if (term.Any(char.IsDigit)) return null;
        var split = term.Length >= MinCompound ? Best(term, MinPart, MinPart) : null;
        if (split is null && term.Length >= MinShortHead + MinTailAfterShortHead) split = Best(term, MinShortHead, MinTailAfterShortHead, maxHead: MinPart - 1);
        return split;
    }

    private (string Head, string Tail)? Best(string term, int minHead, int minTail, int maxHead = int.MaxValue)
    {
        (string, string)? best = null;
        var bestFrequency = 0;
        for (var cut = minHead; cut <= Math.Min(maxHead, term.Length - minTail); cut++)
        {
            var head = term[..cut];
            var headFrequency = statistics.DocumentFrequency(head, "de");
            if (headFrequency == 0) continue;
            foreach (var link in GermanCompoundLinks.All)
            {
                if (!term.AsSpan(cut).StartsWith(link) || term.Length - cut - link.Length < minTail) continue;
                var tail = term[(cut + link.Length)..];
                var frequency = Math.Min(headFrequency, statistics.DocumentFrequency(tail, "de"));
                if (frequency > bestFrequency)
                {
                    bestFrequency = frequency;
                    best = (head, tail);
                }
            }
        }
        return best;
    }
}
