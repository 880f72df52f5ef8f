using System.Buffers;

namespace Briefing.Core.Web;

/// <summary>
/// The set of overlapping word n-grams ("shingles") of a text, hashed to 64 bits with FNV-1a. Stable across
/// processes (unlike string.GetHashCode), because signatures built from them are stored.
/// Deliberately still FNV-1a, not <see cref="Text.StableHash"/> (XXH3, which the in-memory digest clustering uses):
/// every MinHash signature and band bucket in <c>state.db</c> (<c>web_near_dup_*</c>) is made from these hashes, and
/// state.db cannot re-derive them (it keeps no article text). Switching the hash needs a migration that re-signs
/// every article from a store that keeps the text (issue 12's article store); until then this is the one FNV left.
/// </summary>
public static class WordShingles
{
    public const int Size = 4;

    /// <summary>
    /// Words are runs of letters and digits, lower-cased (invariant). Deliberately not the shared
    /// <see cref="Briefing.Core.Text.Tokenizer"/>: signatures of indexed articles are stored, and a different cut
    /// ("bank's" one word instead of two) would shift every stored signature.
    /// </summary>
    public static HashSet<ulong> Hash(IEnumerable<string> paragraphs, int size = Size)
    {
        // The words, lower-cased, one after another in one buffer (no string per word: this runs for every article
        // an ingest reads); the hashes are those of the words as strings.
        var letters = ArrayPool<char>.Shared.Rent(4096);
        var words = new List<(int Start, int Length)>();
        var used = 0;
        try
        {
            foreach (var paragraph in paragraphs)
            {
                var start = -1;
                for (var i = 0; i <= paragraph.Length; i++)
                {
                    var inWord = i < paragraph.Length && char.IsLetterOrDigit(paragraph[i]);
                    if (inWord && start < 0) start = i;
                    else if (!inWord && start >= 0)
                    {
                        if (used + (i - start) > letters.Length) letters = Grown(letters, used, used + (i - start));
                        // Invariant lower-casing maps each UTF-16 unit to one: the length stays.
                        var length = paragraph.AsSpan(start, i - start).ToLowerInvariant(letters.AsSpan(used));
                        words.Add((used, length));
                        used += length;
                        start = -1;
                    }
                }
            }
            var shingles = new HashSet<ulong>(words.Count);
            if (words.Count == 0) return shingles;
            for (var start = 0; start + size <= Math.Max(words.Count, size); start++)
            {
                var hash = 14695981039346656037UL;
                for (var i = start; i < Math.Min(start + size, words.Count); i++)
                {
                    foreach (var c in letters.AsSpan(words[i].Start, words[i].Length)) hash = (hash ^ c) * 1099511628211UL;
                    hash = (hash ^ ' ') * 1099511628211UL;
                }
                shingles.Add(hash);
            }
            return shingles;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(letters);
        }
    }

    private static char[] Grown(char[] letters, int used, int needed)
    {
        var grown = ArrayPool<char>.Shared.Rent(Math.Max(needed, letters.Length * 2));
        letters.AsSpan(0, used).CopyTo(grown);
        ArrayPool<char>.Shared.Return(letters);
        return grown;
    }
}
