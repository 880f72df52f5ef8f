using System.IO.MemoryMappedFiles;
using System.Text;
using Briefing.Core.Caching;

namespace Briefing.Core.Lexicon;

/// <summary>
/// A dictd dictionary boiled down to what expansion needs, "headword → ranked translations", one sorted line per
/// lower-cased headword in a file under the data folder. Built once in one sequential pass (about a second for
/// FreeDict); later processes binary-search the file in place, so start-up loads nothing and a look-up is a few
/// small reads instead of inflating dictzip chunks all over a 100 MB dictionary.
/// </summary>
/// <remarks>
/// The file is memory-mapped, read-only: a look-up takes ~24 binary-search steps, and as one <c>pread</c> system call
/// each they were a sixth of a warm German question's time (every first-seen word of the question and of its candidate
/// sentences is looked up). Reading the mapped pages copies the same bytes without entering the kernel. A rebuilt
/// file is moved over the path, so a mapping always sees the complete file it opened.
/// The view's address is taken once, when the file is opened: through the view's handle (<c>SafeBuffer.ReadSpan</c>)
/// every read counted a reference up and down and checked its bounds again, and those reads were a fifth of the managed
/// CPU of the slowest warm questions (perf, the slowest 5 % of the XQuAD speed set).
/// </remarks>
internal sealed class CompiledLexicon : IDisposable
{
    /// <remarks>
    /// v2: entries FreeDict indexes under several headwords ("win", "won") translate each of them. v3: a name's
    /// country code is no part of its translation ("Kenya" → "Kenia", not "Kenia KE"). v4: two-word headwords.
    /// v6: nor is an abbreviation after the word ("British" → "britisch", not "britisch brit").
    /// v7: a name listed as itself ("Israel" → "Israel", "England" → "England") keeps that translation: it says the
    /// dictionary knows the word as a place (<see cref="LexiconQueryExpander.IsPlaceName"/>); look-ups that want
    /// another word skip it.
    /// </remarks>
    /// v8: a name's abbreviation in the other language is a translation of its own ("ECB" → "EZB", "UN" → "UNO").
    /// v9: the supplement's translations (<see cref="LexiconSupplement"/>, its stamp in the header) come first; a relational
    /// adjective listed as a phrase ("Crimean" → "die Krim betreffend", "kärntner" → "of Carinthia") also gives its noun.
    /// v10: an abbreviation glued to its word where FreeDict lacks the tag between them ("monatlichmtl." → "monatlich").
    /// v11: a long abbreviation after a term's tags is a translation of its own ("wifi" → "Funk-LAN", "WLAN"; was "Funk-LAN WLAN").
    /// v12: the synonyms each entry lists in its own language (<see cref="Synonyms"/>), on lines of their own.
    /// v13: a word translated by itself, capitalised in one language only ("Euro" → "euro", "album" → "Album"), on a line
    /// of its own (<see cref="IsSharedNoun"/>).
    private static readonly string Header = $"#briefing-lexicon v13-{LexiconSupplement.Stamp} ";
    private const int MaxTranslations = 16;
    private const int ReadSize = 512;
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    /// <summary>
    /// The file's first byte in the mapping, valid while the view's handle is referenced: from the constructor to
    /// <see cref="Dispose"/>, and through every look-up that <see cref="Pin"/> holds.
    /// </summary>
    private readonly nint _start;
    private int _disposed;
    private readonly long _length;
    private readonly long _dataStart;
    /// <summary>
    /// Look-ups already made. A warm question looks up the same few thousand words again and again (each question word's
    /// forms, their translations' back-translations for <see cref="SameLanguageSynonyms"/>, compound parts): a binary
    /// search of ~24 steps each, a quarter of a warm German question's time before this memo.
    /// </summary>
    private readonly BoundedCache<string, IReadOnlyList<string>> _lookups = new(MaxRememberedLookups, StringComparer.Ordinal);
    private const int MaxRememberedLookups = 50_000;

    private CompiledLexicon(string path)
    {
        // The mapping owns the stream (one open of the path: its length and its bytes are those of the same file).
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        _length = stream.Length;
        _file = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        _view = _file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        unsafe
        {
            byte* pointer = null;
            // The view's handle starts at the mapping's page boundary, PointerOffset bytes before the view.
            _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            _start = (nint)(pointer + _view.PointerOffset);
        }
        _dataStart = LineStartAfter(1);
    }

    /// <summary>Opens the compiled copy of <paramref name="dictionary"/> in <paramref name="folder"/>, (re)building it when missing or stale.</summary>
    public static CompiledLexicon Open(DictdDictionary dictionary, string folder)
    {
        // One file per dictionary and format version: copies compiled from other files (another folder, a test's own
        // dictionary) sit side by side in a shared cache instead of overwriting each other.
        var version = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Header + dictionary.Stamp)))[..12];
        var path = Path.Combine(folder, $"{dictionary.Name}-{version}.tsv");
        var header = Header + dictionary.Stamp;
        if (!File.Exists(path) || File.ReadLines(path).FirstOrDefault() != header)
        {
            Directory.CreateDirectory(folder);
            // Unique per build: parallel hosts (and tests) in one process may compile at the same time.
            var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            Build(dictionary, temporary, header);
            File.Move(temporary, path, overwrite: true);
        }
        return new CompiledLexicon(path);
    }

    /// <summary>Translations of <paramref name="word"/> (case-insensitive), most often listed first.</summary>
    public IReadOnlyList<string> Translations(string word) => _lookups.GetOrAdd(word.ToLowerInvariant(), Lookup);

    /// <summary>
    /// The words of the headword's own language its entries list as synonyms (<see cref="FreeDictDefinition.Synonyms"/>:
    /// "Einbrüche" → "Einbruchsdiebstähle", "Einbruchdiebstähle", "Brüche"), in the entries' order; every sense's, so a
    /// caller keeps the ones its context allows. Only as written: the look-up forms are the caller's.
    /// </summary>
    public IReadOnlyList<string> Synonyms(string word) => Translations(SynonymKey + word);

    /// <summary>
    /// Synonym lines are keyed by the headword behind this mark: they sort apart from the translation lines (no headword
    /// begins with it) in the same sorted file, so one binary search serves both.
    /// </summary>
    private const char SynonymKey = '=';

    /// <summary>
    /// Whether the dictionary translates <paramref name="word"/> (as written, case-insensitive) by itself, spelt alike
    /// but capitalised in one language only: German "Euro", "Album", "Software" are English "euro", "album", "software";
    /// English "browser" is German "Browser". A common noun the two languages share — a name is capitalised in both
    /// ("Israel"). The translation lines leave such a translation out (it adds nothing to search for), so without this
    /// the word looked unknown to the dictionary and was taken for a name.
    /// </summary>
    public bool IsSharedNoun(string word) => Translations(SharedNounKey + word).Count > 0;

    /// <summary>Shared-noun lines are keyed by the headword behind this mark, apart from the translation and synonym lines.</summary>
    private const char SharedNounKey = '~';

    private IReadOnlyList<string> Lookup(string key)
    {
        using var pin = Pin();
        var found = ReadLine(FirstLineNotBefore(key));
        if (found is null) return [];
        var tab = found.IndexOf('\t');
        return found.AsSpan(0, tab).SequenceEqual(key) ? GluedSymbols.Without(found[(tab + 1)..].Split('|')) : [];
    }

    /// <summary>
    /// The first look-up form of <paramref name="word"/> that the dictionary translates (<see cref="WordForms.Candidates"/>:
    /// as written, then with an ending stripped: "Waldes" → Wald), or null. <paramref name="skip"/> passes over the first
    /// forms (1: an inflection only, not the word as written); <paramref name="forms"/> tries no more than that many.
    /// </summary>
    public string? FirstListedForm(string word, string language, int skip = 0, int forms = int.MaxValue) =>
        WordForms.Candidates(word, language).Skip(skip).Take(forms).FirstOrDefault(form => Translations(form).Count > 0);

    /// <summary>Up to <paramref name="max"/> headwords (lower-cased) that begin with <paramref name="prefix"/>, in order.</summary>
    public IReadOnlyList<string> HeadwordsStartingWith(string prefix, int max) =>
        EntriesStartingWith(prefix, max).Select(e => e.Headword).ToList();

    /// <summary>
    /// Up to <paramref name="max"/> headwords (lower-cased) that begin with <paramref name="prefix"/>, in order, each with
    /// its first translation (read from the same line: no second look-up per headword).
    /// </summary>
    public IReadOnlyList<(string Headword, string FirstTranslation)> EntriesStartingWith(string prefix, int max)
    {
        var key = prefix.ToLowerInvariant();
        var result = new List<(string, string)>();
        using var pin = Pin();
        for (var start = FirstLineNotBefore(key); result.Count < max && ReadLine(start) is { } line; start += Encoding.UTF8.GetByteCount(line) + 1)
        {
            var tab = line.IndexOf('\t');
            var headword = line[..tab];
            if (!headword.StartsWith(key, StringComparison.Ordinal)) break;
            var bar = line.IndexOf('|', tab + 1);
            result.Add((headword, bar < 0 ? line[(tab + 1)..] : line[(tab + 1)..bar]));
        }
        return result;
    }

    /// <summary>Where the first line whose headword sorts at or after <paramref name="key"/> starts (binary search over the sorted file).</summary>
    /// <remarks>
    /// The steps compare the headwords in place (decoded onto the stack), without a string each: the ~24 strings of
    /// every look-up were the largest share of a warm question's allocations after Lucene's.
    /// </remarks>
    private long FirstLineNotBefore(string key)
    {
        Span<byte> buffer = stackalloc byte[ReadSize];
        Span<char> headword = stackalloc char[ReadSize];
        long lo = _dataStart, hi = _length;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (CompareHeadwordOfLineAfter(mid, key, buffer, headword) >= 0) hi = mid;
            else lo = mid + 1;
        }
        return LineStartAfter(lo);
    }

    private static void Build(DictdDictionary dictionary, string path, string header)
    {
        var byKey = new Dictionary<string, List<(int Order, IReadOnlyList<string> Translations)>>(StringComparer.Ordinal);
        var listedAsItself = new HashSet<string>(StringComparer.Ordinal);
        var synonyms = new Dictionary<string, List<(int Order, IReadOnlyList<string> Synonyms)>>(StringComparer.Ordinal);
        var sharedNouns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (headword, order, definition) in dictionary.Entries())
        {
            var key = headword.ToLowerInvariant();
            if (key.Length == 0 || key[0] is SynonymKey or SharedNounKey) continue;
            if (FreeDictDefinition.Synonyms(definition) is { Count: > 0 } listed)
                (synonyms.TryGetValue(SynonymKey + key, out var senses) ? senses : synonyms[SynonymKey + key] = []).Add((order, listed));
            var translations = FreeDictDefinition.Translations(definition);
            if (translations.Count == 0) continue;
            if (SharedNoun(definition, key, translations) is { } shared) sharedNouns[SharedNounKey + key] = shared;
            if (char.IsUpper(headword[0]) && translations.Contains(headword, StringComparer.Ordinal)) listedAsItself.Add(key + "\t" + headword);
            if (!byKey.TryGetValue(key, out var entries)) byKey[key] = entries = [];
            entries.Add((order, translations));
        }
        var supplement = LexiconSupplement.For(dictionary.Name);
        foreach (var key in supplement.Keys.Where(k => !byKey.ContainsKey(k))) byKey[key] = [];
        var lines = new List<(string Key, IEnumerable<string> Words)>();
        foreach (var (key, entries) in byKey)
            lines.Add((key, supplement.GetValueOrDefault(key, []).Concat(RankedTranslations(key, entries, listedAsItself))));
        foreach (var (key, senses) in synonyms)
            lines.Add((key, senses.OrderBy(s => s.Order).SelectMany(s => s.Synonyms).Where(w => !w.Equals(key[1..], StringComparison.OrdinalIgnoreCase))));
        foreach (var (key, translation) in sharedNouns) lines.Add((key, [translation]));
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write(header + "\n");
        foreach (var (key, words) in lines.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            if (key.Contains('\t')) continue;
            var ranked = words.Where(w => w.IndexOfAny(['|', '\t', '\n']) < 0).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTranslations).ToList();
            if (ranked.Count > 0) writer.Write($"{key}\t{string.Join('|', ranked)}\n");
        }
    }

    /// <summary>
    /// The entry's translation spelt as its headword but capitalised otherwise (<see cref="IsSharedNoun"/>), or null.
    /// </summary>
    private static string? SharedNoun(string definition, string key, IReadOnlyList<string> translations)
    {
        if (translations.FirstOrDefault(t => t.Equals(key, StringComparison.OrdinalIgnoreCase)) is not { } same) return null;
        var written = FreeDictDefinition.WrittenHeadword(definition);
        return written.Equals(same, StringComparison.OrdinalIgnoreCase) && char.IsUpper(written[0]) != char.IsUpper(same[0]) ? same : null;
    }

    private static IEnumerable<string> RankedTranslations(string key, List<(int Order, IReadOnlyList<string> Translations)> entries, HashSet<string> listedAsItself)
    {
        return entries.OrderBy(e => e.Order)
                .SelectMany((e, entry) => e.Translations.Select((t, position) => (t, entry, position)))
                .Where(x => (!string.Equals(x.t, key, StringComparison.OrdinalIgnoreCase) || listedAsItself.Contains(key + "\t" + x.t))
                            && x.t.IndexOfAny(['|', '\t', '\n']) < 0)
                .GroupBy(x => x.t, StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(x => x.entry)).ThenBy(g => g.Min(x => x.position))
                .Select(g => g.Key);
    }

    /// <summary>
    /// How the headword of the first line beginning at or after <paramref name="position"/> sorts against
    /// <paramref name="key"/> (ordinal, as the file is sorted); past the end, or for a line without a tab, it sorts after
    /// every key. A binary-search step: one read finds the line start and its headword (usually in the same block),
    /// and only the headword is decoded, into <paramref name="chars"/>, not the whole line of translations.
    /// </summary>
    private int CompareHeadwordOfLineAfter(long position, string key, Span<byte> buffer, Span<char> chars)
    {
        var at = position - 1;
        var block = buffer[..Read(buffer, at)];
        var newline = block.IndexOf((byte)'\n');
        if (newline >= 0)
        {
            var start = newline + 1;
            if (at + start >= _length) return 1;
            var rest = block[start..];
            var end = rest.IndexOf((byte)'\n');
            var tab = (end >= 0 ? rest[..end] : rest).IndexOf((byte)'\t');
            // The tab is ASCII, never inside a multi-byte character: the bytes before it decode to the line's headword
            // (no more characters than bytes, so it fits the buffer).
            if (tab >= 0) return chars[..Encoding.UTF8.GetChars(rest[..tab], chars)].SequenceCompareTo(key);
            if (end >= 0) return 1;
        }
        var line = ReadLine(LineStartAfter(position)); // the line starts or goes on beyond this block
        return line is null ? 1 : line.AsSpan(0, line.IndexOf('\t')).SequenceCompareTo(key);
    }

    /// <summary>Start of the first line beginning at or after <paramref name="position"/> (the line containing position-1 ends before it).</summary>
    private long LineStartAfter(long position)
    {
        Span<byte> buffer = stackalloc byte[ReadSize];
        for (var at = position - 1; at < _length; at += ReadSize)
        {
            var read = Read(buffer, at);
            if (read <= 0) break;
            var newline = buffer[..read].IndexOf((byte)'\n');
            if (newline >= 0) return at + newline + 1;
        }
        return _length;
    }

    /// <summary>The line beginning at <paramref name="start"/> (without its newline), or null past the end or without a tab.</summary>
    private string? ReadLine(long start)
    {
        if (start >= _length) return null;
        // Find the line's end first, then copy it once: one string, no growing stream (a translation line is short).
        var next = LineStartAfter(start + 1);
        var length = (int)(next - start) - (next < _length || ByteAt(_length - 1) == (byte)'\n' ? 1 : 0);
        Span<byte> bytes = length <= ReadSize ? stackalloc byte[ReadSize] : new byte[length];
        bytes = bytes[..Read(bytes[..length], start)];
        return bytes.IndexOf((byte)'\t') >= 0 ? Encoding.UTF8.GetString(bytes) : null;
    }

    private byte ByteAt(long at)
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one, at) == 1 ? one[0] : (byte)0;
    }

    /// <summary>Copies the bytes from <paramref name="at"/> into <paramref name="buffer"/>; how many (0 at or past the end), as a file read would.</summary>
    private int Read(Span<byte> buffer, long at)
    {
        var count = (int)Math.Clamp(_length - at, 0, buffer.Length);
        if (count == 0) return 0;
        unsafe
        {
            new ReadOnlySpan<byte>((byte*)_start + at, count).CopyTo(buffer);
        }
        return count;
    }

    /// <summary>
    /// Keeps the mapping alive for one look-up. A host shutting down disposes the lexicon while a question may still be
    /// reading it: a check of <see cref="_disposed"/> before each read cannot stop the view being unmapped between the
    /// check and the copy (an access violation, not an exception). A reference on the view's handle can — the handle
    /// unmaps only when the last reference goes, and refuses new ones (ObjectDisposedException) once disposed. One
    /// reference per look-up, not per read: per read it was a fifth of the slowest warm questions' managed CPU.
    /// </summary>
    private MappingPin Pin() => new(_view.SafeMemoryMappedViewHandle);

    private readonly ref struct MappingPin
    {
        private readonly System.Runtime.InteropServices.SafeHandle _handle;

        public MappingPin(System.Runtime.InteropServices.SafeHandle handle)
        {
            var added = false;
            handle.DangerousAddRef(ref added); // throws ObjectDisposedException once the lexicon is disposed
            _handle = handle;
        }

        public void Dispose() => _handle.DangerousRelease();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }
}
