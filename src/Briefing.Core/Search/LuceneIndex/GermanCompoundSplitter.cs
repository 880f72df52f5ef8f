using Briefing.Core.Text;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// Splits a German compound into two parts the index knows, using the index's own vocabulary as the dictionary
/// ("wikingersiedl" → "wiking" + "siedl", with the linking "er"), so a question's "Wikingersiedlern" also finds
/// "die Wikinger ... Siedler". Works on analysed (folded, stemmed) terms; among possible splits the one whose
/// rarer part is most frequent wins (Koehn and Knight's frequency heuristic), which avoids rare junk parts.
/// </summary>
internal sealed class GermanCompoundSplitter(ITermStatistics statistics)
{
    private const int MinPart = 4;
    private const int MinCompound = 2 * MinPart;

    /// <returns>The two parts, or null when <paramref name="term"/> is no compound of indexed words.</returns>
    public (string Head, string Tail)? Split(string term)
    {
        if (term.Length < MinCompound || term.Any(char.IsDigit)) return null;
        (string, string)? best = null;
        var bestFrequency = 0;
        for (var cut = MinPart; cut <= term.Length - MinPart; cut++)
        {
            var head = term[..cut];
            var headFrequency = statistics.DocumentFrequency(head, "de");
            if (headFrequency == 0) continue;
            foreach (var link in GermanCompoundLinks.All)
            {
                if (!term.AsSpan(cut).StartsWith(link) || term.Length - cut - link.Length < MinPart) continue;
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
