using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Briefing.Core.Text;

/// <summary>
/// 64-bit hashes that are the same in every process and on every machine (unlike <see cref="string.GetHashCode()"/>):
/// XXH3 from System.IO.Hashing, over a string's UTF-16 code units or over a run of earlier hashes.
/// </summary>
public static class StableHash
{
    public static ulong Of(string text) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text.AsSpan()));

    /// <summary>One hash for a sequence of hashes (a shingle of word hashes, a whole text).</summary>
    public static ulong Of(ReadOnlySpan<ulong> hashes) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(hashes));
}
