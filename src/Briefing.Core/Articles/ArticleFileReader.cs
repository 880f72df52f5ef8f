using Briefing.Core.Configuration;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Articles;

/// <summary>
/// The single entry for article files (disk or upload): checks size, emptiness and binary content, decodes the
/// text, and hands it to the parser registered for the file's extension. Never throws for bad input; every
/// problem becomes a rejection with a reason the user can act on.
/// </summary>
public sealed class ArticleFileReader
{
    /// <summary>Notes that sit beside articles in a folder and are not articles themselves.</summary>
    private static readonly string[] FolderNoteStems = ["readme", "license", "licence", "changelog"];

    private readonly Dictionary<string, IArticleFormatParser> _parsersByExtension = new(StringComparer.OrdinalIgnoreCase);
    private readonly long _maxInputBytes;
    private readonly FolderWalker _walker;

    public ArticleFileReader(IEnumerable<IArticleFormatParser> parsers, IOptions<BriefingOptions> options)
    {
        foreach (var parser in parsers)
        {
            // One parser per extension: two claiming the same one is a composition error, not a registration-order pick.
            foreach (var extension in parser.Extensions)
            {
                if (_parsersByExtension.TryGetValue(extension, out var other))
                    throw new InvalidOperationException($"Two article parsers claim '{extension}': {other.GetType().Name} and {parser.GetType().Name}.");
                _parsersByExtension[extension] = parser;
            }
        }
        _maxInputBytes = options.Value.MaxInputBytes;
        _walker = new FolderWalker(options.Value.MaxFolderDepth, options.Value.MaxFolderFiles);
    }

    public IReadOnlyCollection<string> SupportedExtensions => _parsersByExtension.Keys;

    public bool IsSupported(string fileName) => _parsersByExtension.ContainsKey(Path.GetExtension(fileName));

    public IReadOnlyList<ArticleReadResult> ReadFile(string path) => [.. StreamFile(path)];

    /// <summary>
    /// <see cref="ReadFile"/> one article at a time: a file of many articles (JSON Lines) hands on each as it is parsed,
    /// so an ingest run's writer starts on the first articles while the rest of the file is still being parsed (a
    /// whole 10kGNAD file took ~0.3 s before the first article reached the writer; bench/README.md, issue 13).
    /// </summary>
    public IEnumerable<ArticleReadResult> StreamFile(string path)
    {
        if (Directory.Exists(path)) return Reject(path, "is a folder; list it with ListFolder");
        var file = new FileInfo(path);
        if (!file.Exists) return Reject(path, "file not found");
        if (!IsSupported(file.Name)) return Reject(path, UnsupportedReason(file.Name));
        if (file.Length > _maxInputBytes) return Reject(path, TooLargeReason(file.Length));
        byte[] content;
        try
        {
            content = File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Reject(path, $"cannot be read: {e.Message}");
        }
        var parent = file.Directory?.Name is { Length: > 0 } folder ? folder : "file";
        var defaultId = $"{parent}/{Path.GetFileNameWithoutExtension(file.Name)}";
        return Parse(path, file.Name, content, defaultId, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));
    }

    /// <summary>Reads an uploaded document (e.g. a file sent to the Telegram bot); its id is "upload/{stem}".</summary>
    public IReadOnlyList<ArticleReadResult> ReadContent(string input, string fileName, byte[] content)
    {
        var name = Path.GetFileName(fileName);
        if (string.IsNullOrWhiteSpace(name)) return Reject(input, "the upload has no file name");
        if (!IsSupported(name)) return Reject(input, UnsupportedReason(name));
        if (content.LongLength > _maxInputBytes) return Reject(input, TooLargeReason(content.LongLength));
        return [.. Parse(input, name, content, $"upload/{Path.GetFileNameWithoutExtension(name)}", lastModified: null)];
    }

    /// <summary>The files below <paramref name="folder"/> (links followed, cycles not; bounded: <see cref="FolderWalker"/>).</summary>
    public FolderListing ListFolder(string folder)
    {
        var (found, problems) = _walker.Walk(folder);
        var files = new List<string>();
        var unsupported = new List<string>();
        foreach (var path in found)
        {
            var name = Path.GetFileName(path);
            if (IsSupported(name) && !IsFolderNote(name)) files.Add(path);
            else unsupported.Add(path);
        }
        files.Sort(StringComparer.Ordinal);
        unsupported.Sort(StringComparer.Ordinal);
        return new FolderListing(files, unsupported) { Problems = problems };
    }

    private IEnumerable<ArticleReadResult> Parse(string input, string fileName, byte[] content, string defaultId, DateTimeOffset? lastModified)
    {
        if (content.Length == 0) return Reject(input, "empty file");
        var decoded = ArticleTextDecoder.Decode(content);
        if (decoded.Text is null) return Reject(input, decoded.Error ?? "undecodable");
        if (string.IsNullOrWhiteSpace(decoded.Text)) return Reject(input, "empty file (only white space)");
        var parser = _parsersByExtension[Path.GetExtension(fileName)];
        return Parsed(input, parser, new ArticleInput(input, fileName, decoded.Text, defaultId) { LastModified = lastModified });
    }

    /// <summary>
    /// The parser's articles as it yields them. A parser bug on one odd file must not stop a whole folder from being
    /// ingested: it ends the file with a rejection (the articles parsed before it stay, as a bad JSON line's neighbours do).
    /// </summary>
    private static IEnumerable<ArticleReadResult> Parsed(string input, IArticleFormatParser parser, ArticleInput articleInput)
    {
        IEnumerator<ArticleReadResult>? results = null;
        try
        {
            while (true)
            {
                ArticleReadResult result;
                string? failure = null;
                try
                {
                    results ??= parser.Parse(articleInput).GetEnumerator();
                    if (!results.MoveNext()) yield break;
                    result = results.Current;
                }
                catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException)
                {
                    result = ArticleReadResult.Rejected(input, $"could not be parsed: {e.Message}");
                    failure = e.Message;
                }
                // Ids come from file names and records: no control or bidirectional-formatting characters in them.
                yield return result.Article is { } article ? result with { Article = article with { Id = ArticleIds.Clean(article.Id) } } : result;
                if (failure is not null) yield break;
            }
        }
        finally
        {
            results?.Dispose();
        }
    }

    private string UnsupportedReason(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        var known = string.Join(", ", _parsersByExtension.Keys.Order(StringComparer.Ordinal));
        return extension.Length == 0
            ? $"unsupported file type (no extension); supported: {known}"
            : $"unsupported file type '{extension}'; supported: {known}";
    }

    private string TooLargeReason(long length) =>
        $"too large: {length:N0} bytes, the limit (Briefing:MaxInputBytes) is {_maxInputBytes:N0} bytes";

    private static bool IsFolderNote(string fileName) =>
        FolderNoteStems.Contains(Path.GetFileNameWithoutExtension(fileName), StringComparer.OrdinalIgnoreCase);

    private static IReadOnlyList<ArticleReadResult> Reject(string input, string reason) => [ArticleReadResult.Rejected(input, reason)];
}
