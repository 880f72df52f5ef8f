using System.Buffers.Binary;
using System.IO.Compression;

namespace Briefing.Core.Lexicon;

/// <summary>
/// Reads byte ranges of a dictd data file. A <c>.dict.dz</c> is gzip; when it carries dictzip's "RA" header
/// (chunk table, as the Debian FreeDict files do) only the chunks holding the range are inflated, so a 100 MB
/// dictionary costs a few KB per lookup. Plain gzip (no chunk table) and uncompressed <c>.dict</c> files are
/// read into memory once; that suits small files such as the ones tests write.
/// </summary>
internal sealed class DictzipReader : IDisposable
{
    private const int CachedChunks = 32;
    private readonly FileStream _file;
    private readonly long _dataStart;
    private readonly int _chunkLength;
    private readonly long[] _chunkOffsets = [];
    private readonly int[] _chunkSizes = [];
    private readonly byte[]? _whole;
    private readonly Dictionary<int, byte[]> _cache = [];
    private readonly Queue<int> _cacheOrder = new();
    private readonly Lock _lock = new();

    public DictzipReader(string path)
    {
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess);
        if (!path.EndsWith(".dz", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            _whole = ReadAll(_file);
            return;
        }
        var header = ReadChunkTable(_file);
        if (header is null)
        {
            _file.Position = 0;
            using var gzip = new GZipStream(_file, CompressionMode.Decompress, leaveOpen: true);
            _whole = ReadAll(gzip);
            return;
        }
        (_dataStart, _chunkLength, _chunkSizes) = header.Value;
        _chunkOffsets = new long[_chunkSizes.Length];
        for (long i = 0, offset = _dataStart; i < _chunkSizes.Length; offset += _chunkSizes[i], i++) _chunkOffsets[i] = offset;
    }

    /// <summary>The whole uncompressed data as a forward-only stream (dictzip is valid gzip).</summary>
    public Stream OpenSequential()
    {
        if (_whole is not null) return new MemoryStream(_whole, writable: false);
        var file = new FileStream(_file.Name, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        return new GZipStream(file, CompressionMode.Decompress);
    }

    public byte[] Read(long offset, int length)
    {
        if (length <= 0) return [];
        if (_whole is not null)
        {
            if (offset < 0 || offset + length > _whole.Length) throw new InvalidDataException($"The range {offset}+{length} lies outside the dictionary data.");
            return _whole.AsSpan((int)offset, length).ToArray();
        }
        var result = new byte[length];
        var written = 0;
        while (written < length)
        {
            var position = offset + written;
            var chunkIndex = (int)(position / _chunkLength);
            if (chunkIndex >= _chunkSizes.Length) throw new InvalidDataException($"The range {offset}+{length} lies outside the dictionary data.");
            var chunk = Chunk(chunkIndex);
            var within = (int)(position - (long)chunkIndex * _chunkLength);
            var take = Math.Min(length - written, chunk.Length - within);
            if (take <= 0) throw new InvalidDataException("The dictionary data ends early.");
            chunk.AsSpan(within, take).CopyTo(result.AsSpan(written));
            written += take;
        }
        return result;
    }

    private byte[] Chunk(int index)
    {
        lock (_lock)
        {
            if (_cache.TryGetValue(index, out var cached)) return cached;
            var compressed = new byte[_chunkSizes[index]];
            _file.Position = _chunkOffsets[index];
            _file.ReadExactly(compressed);
            using var inflater = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress);
            var chunk = ReadAll(inflater);
            _cache[index] = chunk;
            _cacheOrder.Enqueue(index);
            if (_cacheOrder.Count > CachedChunks) _cache.Remove(_cacheOrder.Dequeue());
            return chunk;
        }
    }

    /// <summary>The gzip header's dictzip "RA" subfield: chunk length and compressed chunk sizes; null for plain gzip.</summary>
    private static (long DataStart, int ChunkLength, int[] Sizes)? ReadChunkTable(Stream file)
    {
        Span<byte> fixedHeader = stackalloc byte[10];
        file.ReadExactly(fixedHeader);
        if (fixedHeader[0] != 0x1f || fixedHeader[1] != 0x8b) throw new InvalidDataException("not a gzip/dictzip file");
        var flags = fixedHeader[3];
        if ((flags & 4) == 0) return null;
        Span<byte> lengthBytes = stackalloc byte[2];
        file.ReadExactly(lengthBytes);
        var extra = new byte[BinaryPrimitives.ReadUInt16LittleEndian(lengthBytes)];
        file.ReadExactly(extra);
        (int, int[])? table = null;
        for (var i = 0; i + 4 <= extra.Length;)
        {
            var subLength = BinaryPrimitives.ReadUInt16LittleEndian(extra.AsSpan(i + 2));
            if (extra[i] == 'R' && extra[i + 1] == 'A' && subLength >= 6 && i + 4 + subLength <= extra.Length)
            {
                var body = extra.AsSpan(i + 4, subLength);
                var chunkLength = BinaryPrimitives.ReadUInt16LittleEndian(body[2..]);
                var count = BinaryPrimitives.ReadUInt16LittleEndian(body[4..]);
                if (6 + count * 2 > body.Length) break;
                var sizes = new int[count];
                for (var c = 0; c < count; c++) sizes[c] = BinaryPrimitives.ReadUInt16LittleEndian(body[(6 + c * 2)..]);
                table = (chunkLength, sizes);
            }
            i += 4 + subLength;
        }
        if ((flags & 8) != 0) SkipZeroTerminated(file);
        if ((flags & 16) != 0) SkipZeroTerminated(file);
        if ((flags & 2) != 0) file.Position += 2;
        return table is { } found ? (file.Position, found.Item1, found.Item2) : null;
    }

    private static void SkipZeroTerminated(Stream file)
    {
        int b;
        while ((b = file.ReadByte()) > 0)
        {
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public void Dispose() => _file.Dispose();
}
