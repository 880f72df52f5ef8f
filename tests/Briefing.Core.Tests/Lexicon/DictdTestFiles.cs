using System.IO.Compression;
using System.Text;
using Briefing.Core.Lexicon;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>Writes small dictd dictionaries (<c>.index</c> + <c>.dict.dz</c>) in FreeDict's layout.</summary>
internal static class DictdTestFiles
{
    public const string EnglishGerman = """
        harbour /hˈɑːbə/
        Hafen <masc>, Port <masc> [naut.]
           Synonym: {port}

        ---
        harbour /hˈɑːbə/ <v>
        beherbergen <v, trans>, Unterschlupf gewähren

        ---
        cost /kˈɒst/ (cost, cost) <v>
        kosten <v, intr>
              "it costs"  - es kostet
        ---
        cost /kˈɒst/
        Kosten <pl>, Aufwand <masc>
        ---
        build /bˈɪld/ <v>
        bauen, aufbauen <v, trans>
        ---
        jobs /dʒˈɒbz/
        Arbeitsplätze <pl>, Stellen <pl>, Jobs <pl>
        ---
        wetland /wˈɛtlænd/
        Feuchtgebiet <neut>
        ---
        ship /ʃˈɪp/
        Schiff <neut>
        ---
        container port /kəntˈeɪnə pˈɔːt/
        Containerhafen <masc>
        ---
        a man of your inches
        ein Mann deines Formats
        """;

    public const string GermanEnglish = """
        Hafen /hˈaːfən/ <masc>
        harbour [Br.], harbor [Am.], port
        ---
        Kosten /kˈɔstən/ <pl>
        costs, expenses
        ---
        Streik /ʃtɾˈaɪk/ <masc>
        strike, walkout
        """;

    /// <summary>Writes NAME.index and NAME.dict.dz (plain gzip) from entries separated by "---" lines; returns the folder.</summary>
    /// <param name="alsoIndexedAs">Further headwords that point at an entry's text, as FreeDict indexes "won" at the entry of "win".</param>
    public static string Write(string folder, string name, string entries, bool chunked = false, int chunkLength = 64,
        IReadOnlyDictionary<string, string>? alsoIndexedAs = null)
    {
        Directory.CreateDirectory(folder);
        var data = new StringBuilder();
        var index = new List<string>();
        foreach (var entry in entries.Replace("\r", "").Split("\n---\n"))
        {
            var text = entry.Trim('\n') + "\n";
            var headword = text.Split('\n')[0].Split(" /")[0].Trim();
            var offset = Encoding.UTF8.GetByteCount(data.ToString());
            var location = $"{DictdNumber.Encode(offset)}\t{DictdNumber.Encode(Encoding.UTF8.GetByteCount(text))}";
            index.Add($"{headword}\t{location}");
            foreach (var (alias, target) in alsoIndexedAs ?? new Dictionary<string, string>())
                if (target == headword) index.Add($"{alias}\t{location}");
            data.Append(text);
        }
        index.Add($"00databaseutf8\tA\tB");
        File.WriteAllLines(Path.Combine(folder, name + ".index"), index.Order(StringComparer.Ordinal));
        var bytes = Encoding.UTF8.GetBytes(data.ToString());
        var path = Path.Combine(folder, name + ".dict.dz");
        if (chunked) File.WriteAllBytes(path, Dictzip(bytes, chunkLength));
        else
        {
            using var file = File.Create(path);
            using var gzip = new GZipStream(file, CompressionLevel.Optimal);
            gzip.Write(bytes);
        }
        return folder;
    }

    /// <summary>
    /// A dictzip file as dictzip writes it: one gzip stream, flushed at every chunk boundary, with the "RA" chunk
    /// table in the header. Stored (uncompressed) blocks keep each chunk independent of the ones before it.
    /// </summary>
    private static byte[] Dictzip(byte[] data, int chunkLength)
    {
        using var memory = new MemoryStream();
        var sizes = new List<int>();
        const int GzipHeaderLength = 10;
        using (var gzip = new GZipStream(memory, CompressionLevel.NoCompression, leaveOpen: true))
        {
            var start = (long)GzipHeaderLength;
            foreach (var chunk in data.Chunk(chunkLength))
            {
                gzip.Write(chunk);
                gzip.Flush();
                sizes.Add((int)(memory.Length - start));
                start = memory.Length;
            }
        }
        var plain = memory.ToArray();
        using var output = new MemoryStream();
        var writer = new BinaryWriter(output);
        writer.Write(plain.AsSpan(0, GzipHeaderLength));
        output.GetBuffer()[3] |= 4; // FEXTRA
        var subLength = (ushort)(6 + 2 * sizes.Count);
        writer.Write((ushort)(4 + subLength));
        writer.Write((byte)'R');
        writer.Write((byte)'A');
        writer.Write(subLength);
        writer.Write((ushort)1);
        writer.Write((ushort)chunkLength);
        writer.Write((ushort)sizes.Count);
        foreach (var size in sizes) writer.Write((ushort)size);
        writer.Write(plain.AsSpan(GzipHeaderLength));
        writer.Flush();
        return output.ToArray();
    }
}
