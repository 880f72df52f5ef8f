namespace Briefing.Core.Web;

/// <summary>
/// A MinHash signature: for each of <see cref="Length"/> hash functions the smallest hash over a text's shingles.
/// The share of equal positions in two signatures estimates the Jaccard overlap of the shingle sets; split into
/// bands, equal bands find candidate pairs without comparing every article with every other (LSH).
/// </summary>
public sealed class MinHashSignature
{
    public const int Length = 128;
    // 32 bands of 4 rows: a pair with Jaccard 0.5 shares a band with probability 0.87, one with 0.2 with 0.05;
    // low enough a bar that a short copy of a long article (low Jaccard, high containment) still becomes a candidate.
    public const int Bands = 32;
    public const int RowsPerBand = Length / Bands;

    private static readonly ulong[] Seeds = CreateSeeds();

    public MinHashSignature(uint[] values, int shingleCount)
    {
        if (values.Length != Length) throw new ArgumentException($"A signature has {Length} values.", nameof(values));
        Values = values;
        ShingleCount = shingleCount;
    }

    public uint[] Values { get; }
    public int ShingleCount { get; }

    public static MinHashSignature Compute(IReadOnlyCollection<ulong> shingles)
    {
        var values = new uint[Length];
        Array.Fill(values, uint.MaxValue);
        foreach (var shingle in shingles)
            for (var i = 0; i < Length; i++)
            {
                var hashed = (uint)(Mix(shingle ^ Seeds[i]) >> 32);
                if (hashed < values[i]) values[i] = hashed;
            }
        return new MinHashSignature(values, shingles.Count);
    }

    public double EstimateJaccard(MinHashSignature other)
    {
        var equal = 0;
        for (var i = 0; i < Length; i++) if (Values[i] == other.Values[i]) equal++;
        return equal / (double)Length;
    }

    /// <summary>Estimated share of this text's shingles that also occur in <paramref name="other"/>: |A∩B| / |A|.</summary>
    public double EstimateContainmentIn(MinHashSignature other)
    {
        var jaccard = EstimateJaccard(other);
        if (ShingleCount == 0) return 0;
        // |A∩B| = J·|A∪B| and |A∪B| = (|A| + |B|) / (1 + J).
        var intersection = jaccard * (ShingleCount + other.ShingleCount) / (1 + jaccard);
        return Math.Min(1.0, intersection / ShingleCount);
    }

    public long BandKey(int band)
    {
        var hash = 14695981039346656037UL ^ (ulong)band;
        for (var i = band * RowsPerBand; i < (band + 1) * RowsPerBand; i++) hash = Mix(hash ^ Values[i]);
        return (long)hash;
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Length * sizeof(uint)];
        Buffer.BlockCopy(Values, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static MinHashSignature FromBytes(byte[] bytes, int shingleCount)
    {
        var values = new uint[Length];
        Buffer.BlockCopy(bytes, 0, values, 0, Math.Min(bytes.Length, Length * sizeof(uint)));
        return new MinHashSignature(values, shingleCount);
    }

    // SplitMix64 finaliser: a cheap, well-mixing permutation of 64-bit values.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] CreateSeeds()
    {
        // Fixed seeds: stored signatures must stay comparable with new ones across runs and versions.
        var seeds = new ulong[Length];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < Length; i++) seeds[i] = Mix(state += 0x9E3779B97F4A7C15UL);
        return seeds;
    }
}
