using System.Text;

namespace Briefing.Core.Lexicon;

/// <summary>
/// A dictd dictionary: <c>NAME.index</c> (headword, base64 offset, base64 length per line) and
/// <c>NAME.dict.dz</c> (or <c>NAME.dict</c>). Single-word headwords are indexed case-insensitively on first use;
/// definitions are read on demand. Thread-safe.
/// </summary>
public sealed class DictdDictionary : IDisposable
{
    private readonly string _indexPath;
    private readonly Lazy<Dictionary<string, List<(long Offset, int Length)>>> _index;
    private readonly DictzipReader _data;

    private DictdDictionary(string indexPath, string dataPath)
    {
        _indexPath = indexPath;
        _data = new DictzipReader(dataPath);
        _index = new Lazy<Dictionary<string, List<(long, int)>>>(LoadIndex, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Name => Path.GetFileNameWithoutExtension(_indexPath);

    /// <summary>Opens <paramref name="name"/> in <paramref name="folder"/>; null when its files are not there.</summary>
    public static DictdDictionary? TryOpen(string folder, string name)
    {
        var index = Path.Combine(folder, name + ".index");
        var data = new[] { ".dict.dz", ".dict" }.Select(ext => Path.Combine(folder, name + ext)).FirstOrDefault(File.Exists);
        return File.Exists(index) && data is not null ? new DictdDictionary(index, data) : null;
    }

    /// <summary>Loads the index now rather than on the first lookup.</summary>
    public int Warm() => _index.Value.Count;

    public bool Contains(string word) => _index.Value.ContainsKey(word);

    /// <summary>The definitions of <paramref name="word"/> (case-insensitive), in index order.</summary>
    public IReadOnlyList<string> Lookup(string word)
    {
        if (!_index.Value.TryGetValue(word, out var locations)) return [];
        return locations.Select(l => Encoding.UTF8.GetString(_data.Read(l.Offset, l.Length))).ToList();
    }

    /// <summary>The path, size and time of the index file: what a compiled copy of the dictionary must match.</summary>
    public string Stamp
    {
        get
        {
            var info = new FileInfo(_indexPath);
            return $"{info.FullName}|{info.Length}-{info.LastWriteTimeUtc.Ticks}";
        }
    }

    /// <summary>
    /// Every single-word entry with its definition, read in one sequential pass over the data file (far cheaper
    /// than one random read per entry). <c>Order</c> is the entry's position in the index.
    /// </summary>
    public IEnumerable<(string Headword, int Order, string Definition)> Entries()
    {
        var locations = new List<(long Offset, int Length, string Headword, int Order)>();
        var order = 0;
        foreach (var (word, offset, length) in IndexLines()) locations.Add((offset, length, word, order++));
        locations.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Order.CompareTo(b.Order));
        using var stream = _data.OpenSequential();
        long position = 0;
        var buffer = new byte[64 * 1024];
        // FreeDict indexes one entry under several headwords ("win" and "won", "lose" and "lost" share the entry
        // that says "gewinnen", "verlieren"): each of them gets the definition.
        (long Offset, int Length, string Definition)? previous = null;
        foreach (var (offset, length, word, entryOrder) in locations)
        {
            if (previous is { } same && same.Offset == offset && same.Length == length)
            {
                yield return (word, entryOrder, same.Definition);
                continue;
            }
            if (offset < position) continue; // partly overlapping entries do not occur in FreeDict; skip rather than rewind
            Skip(stream, offset - position, buffer);
            if (buffer.Length < length) buffer = new byte[length];
            stream.ReadExactly(buffer, 0, length);
            position = offset + length;
            var definition = Encoding.UTF8.GetString(buffer, 0, length);
            previous = (offset, length, definition);
            yield return (word, entryOrder, definition);
        }
    }

    private static void Skip(Stream stream, long count, byte[] buffer)
    {
        while (count > 0)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (read == 0) throw new EndOfStreamException("The dictionary data ends before an entry the index names.");
            count -= read;
        }
    }

    private IEnumerable<(string Word, long Offset, int Length)> IndexLines()
    {
        foreach (var line in File.ReadLines(_indexPath, Encoding.UTF8))
        {
            var firstTab = line.IndexOf('\t');
            var secondTab = firstTab < 0 ? -1 : line.IndexOf('\t', firstTab + 1);
            if (secondTab < 0) continue;
            var word = line[..firstTab];
            // Two-word names and terms ("north sea", "air strike", "prime minister") translate as one ("Nordsee",
            // "Luftangriff"); longer phrases ("a man of your inches") never match a question's words. dictd's own
            // metadata starts with "00database".
            if (word.Length == 0 || word.Count(c => c == ' ') > 1 || word.StartsWith("00database", StringComparison.Ordinal)) continue;
            if (!DictdNumber.TryDecode(line.AsSpan(firstTab + 1, secondTab - firstTab - 1), out var offset)) continue;
            if (!DictdNumber.TryDecode(line.AsSpan(secondTab + 1), out var length) || length > int.MaxValue) continue;
            yield return (word, offset, (int)length);
        }
    }

    private Dictionary<string, List<(long, int)>> LoadIndex()
    {
        var index = new Dictionary<string, List<(long, int)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, offset, length) in IndexLines())
        {
            if (!index.TryGetValue(word, out var locations)) index[word] = locations = new List<(long, int)>(1);
            locations.Add((offset, length));
        }
        return index;
    }

    public void Dispose() => _data.Dispose();
}
