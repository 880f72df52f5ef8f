using System.Text;
using Briefing.Core.Articles;
using Briefing.Core.Configuration;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Tests.Articles;

/// <summary>A temporary folder of article files, deleted on dispose; each test gets its own.</summary>
internal sealed class ArticleTestFolder : IDisposable
{
    public ArticleTestFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "briefing-articles-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public static ArticleFileReader CreateReader(long maxInputBytes = 10 * 1024 * 1024) =>
        new([new PlainTextArticleParser(), new MarkdownArticleParser(), new JsonLinesArticleParser()],
            Options.Create(new BriefingOptions { MaxInputBytes = maxInputBytes }));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}
