using System.Text;
using System.Text.Json;
using Briefing.Core.Articles;

namespace Briefing.Digests.Bench;

/// <summary>Reads the shared benchmark corpora (never copied into the repository) into articles.</summary>
internal static class CorpusLoader
{
    /// <summary>BBC files: headline on line 1, paragraphs separated by blank lines. Ids are the relative paths ("business/001.txt").</summary>
    public static List<Article> ReadBbc(string folder, DateTimeOffset ingested)
    {
        var articles = new List<Article>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (!relative.Contains('/')) continue; // README.TXT
            var bytes = File.ReadAllBytes(path);
            string text;
            try { text = new UTF8Encoding(false, true).GetString(bytes); }
            catch (DecoderFallbackException) { text = Encoding.Latin1.GetString(bytes); }
            var blocks = text.Replace("\r", "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (blocks.Count == 0) continue;
            articles.Add(new Article
            {
                Id = relative, Title = blocks[0], Paragraphs = blocks.Skip(1).ToList(), Language = "en",
                Source = "BBC", Ingested = ingested,
            });
        }
        return articles;
    }

    /// <summary>10kGNAD JSON Lines: one German article a line; the text is one block, cut into sentence groups here.</summary>
    public static List<Article> ReadGnad(string file, int count, DateTimeOffset ingested)
    {
        var articles = new List<Article>();
        foreach (var line in File.ReadLines(file).Take(count))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString() ?? "";
            var sentences = Briefing.Core.Text.SentenceSplitter.Split(text);
            var paragraphs = sentences.Chunk(3).Select(c => string.Join(' ', c)).ToList();
            articles.Add(new Article
            {
                Id = root.GetProperty("id").GetString()!, Title = root.GetProperty("title").GetString() ?? "",
                Paragraphs = paragraphs, Language = "de", Source = "derStandard", Ingested = ingested,
            });
        }
        return articles;
    }
}
