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

    public static HashSet<ulong> Hash(IEnumerable<string> paragraphs, int size = Size)
    {
        var words = paragraphs.SelectMany(Words).ToList();
        var shingles = new HashSet<ulong>();
        if (words.Count == 0) return shingles;
        for (var start = 0; start + size <= Math.Max(words.Count, size); start++)
        {
            var hash = 14695981039346656037UL;
            for (var i = start; i < Math.Min(start + size, words.Count); i++)
            {
                foreach (var c in words[i]) hash = (hash ^ c) * 1099511628211UL;
                hash = (hash ^ ' ') * 1099511628211UL;
            }
            shingles.Add(hash);
        }
        return shingles;
    }

    /// <summary>
    /// Deliberately not the shared <see cref="Briefing.Core.Text.Tokenizer"/>: signatures of indexed articles are
    /// stored, and a different cut ("bank's" one word instead of two) would shift every stored signature.
    /// </summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
