using Briefing.Core.Web;

namespace Briefing.Core.Tests.Web;

/// <summary>
/// Near-duplicate signatures are stored (state.db, PostgreSQL) and compared with new ones: the faster shingle hashing
/// (no string per word) and the vectorised MinHash must give exactly the values of the straightforward definitions,
/// written out here as the reference.
/// </summary>
public sealed class SignatureStabilityTests
{
    private static readonly string[][] Texts =
    [
        ["The central bank raised its key interest rate by a quarter of a percentage point on Wednesday.", "Governor Elena Marsh said inflation had proved stubborn."],
        ["Die Bürgermeisterin ÖFFNETE den Hafen; Straße, Maß und GRÜẞE — 240 Mio. € für Kiel.", "İstanbul und ΟΔΥΣΣΕΥΣ: Σίσυφος ΣΊΣΥΦΟΣ", "𝐀𝐁 emoji 😀 mixed 𐐀𐐁 Deseret"],
        ["one two three"],
        [],
        ["", "  ", "x"],
        [string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"Wort{i}ÄÖÜ"))], // longer than the first buffer
    ];

    [Fact]
    public void Shingle_hashes_are_those_of_the_lower_cased_words_as_strings()
    {
        foreach (var text in Texts)
            Assert.Equal(ReferenceShingles(text).Order(), WordShingles.Hash(text).Order());
    }

    [Fact]
    public void Every_minhash_path_gives_the_scalar_values()
    {
        var random = new Random(13);
        foreach (var count in new[] { 0, 1, 7, 12, 300, 2000 })
        {
            var shingles = Enumerable.Range(0, count).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40)).ToArray();
            var reference = new ulong[MinHashSignature.Length];
            MinHashSignature.MinimaScalar(shingles, reference);
            var wide = new ulong[MinHashSignature.Length];
            MinHashSignature.Minima256(shingles, wide);
            Assert.Equal(reference, wide);
            MinHashSignature.Minima512(shingles, wide);
            Assert.Equal(reference, wide);
            Assert.Equal(reference.Select(v => (uint)v), MinHashSignature.Compute(shingles).Values);
        }
    }

    private static HashSet<ulong> ReferenceShingles(IEnumerable<string> paragraphs, int size = WordShingles.Size)
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
