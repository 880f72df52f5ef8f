using System.Runtime.Intrinsics;

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
        var keys = shingles as ulong[] ?? [.. shingles];
        var minima = new ulong[Length];
        // The same values whichever way: each lane computes Mix exactly as the scalar code (stored signatures stay
        // comparable). Eight or four hash functions at once: this was the largest single item of the ingest's own
        // code under perf (bench/README.md, issue 13 fifth session), for every new article.
        if (Vector512.IsHardwareAccelerated) Minima512(keys, minima);
        else if (Vector256.IsHardwareAccelerated) Minima256(keys, minima);
        else MinimaScalar(keys, minima);
        var values = new uint[Length];
        for (var i = 0; i < Length; i++) values[i] = (uint)minima[i];
        return new MinHashSignature(values, shingles.Count);
    }

    /// <summary>The reference: for each hash function i, the smallest top half of Mix(shingle ^ seed i).</summary>
    internal static void MinimaScalar(ulong[] shingles, ulong[] minima)
    {
        Array.Fill(minima, uint.MaxValue);
        foreach (var shingle in shingles)
            for (var i = 0; i < Length; i++)
            {
                var hashed = Mix(shingle ^ Seeds[i]) >> 32;
                if (hashed < minima[i]) minima[i] = hashed;
            }
    }

    internal static void Minima512(ulong[] shingles, ulong[] minima)
    {
        for (var i = 0; i < Length; i += Vector512<ulong>.Count)
        {
            var seeds = Vector512.LoadUnsafe(ref Seeds[i]);
            var min = Vector512.Create((ulong)uint.MaxValue);
            foreach (var shingle in shingles)
            {
                var z = seeds ^ Vector512.Create(shingle);
                z = (z ^ Vector512.ShiftRightLogical(z, 30)) * Mix1;
                z = (z ^ Vector512.ShiftRightLogical(z, 27)) * Mix2;
                min = Vector512.Min(min, Vector512.ShiftRightLogical(z ^ Vector512.ShiftRightLogical(z, 31), 32));
            }
            min.StoreUnsafe(ref minima[i]);
        }
    }

    internal static void Minima256(ulong[] shingles, ulong[] minima)
    {
        for (var i = 0; i < Length; i += Vector256<ulong>.Count)
        {
            var seeds = Vector256.LoadUnsafe(ref Seeds[i]);
            var min = Vector256.Create((ulong)uint.MaxValue);
            foreach (var shingle in shingles)
            {
                var z = seeds ^ Vector256.Create(shingle);
                z = (z ^ Vector256.ShiftRightLogical(z, 30)) * Mix1;
                z = (z ^ Vector256.ShiftRightLogical(z, 27)) * Mix2;
                min = Vector256.Min(min, Vector256.ShiftRightLogical(z ^ Vector256.ShiftRightLogical(z, 31), 32));
            }
            min.StoreUnsafe(ref minima[i]);
        }
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
    private const ulong Mix1 = 0xBF58476D1CE4E5B9UL;
    private const ulong Mix2 = 0x94D049BB133111EBUL;

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * Mix1;
        z = (z ^ (z >> 27)) * Mix2;
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
