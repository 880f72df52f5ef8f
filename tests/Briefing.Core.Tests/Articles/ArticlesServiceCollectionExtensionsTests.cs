using Briefing.Core.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Articles;

public sealed class ArticlesServiceCollectionExtensionsTests
{
    [Fact]
    public void RegistersReaderAndEachBuiltInParserOnceEvenWhenCalledTwice()
    {
        var services = new ServiceCollection();

        services.AddBriefingArticles();
        services.AddBriefingArticles();

        Assert.Single(services, d => d.ServiceType == typeof(ArticleFileReader));
        var parsers = services.Where(d => d.ServiceType == typeof(IArticleFormatParser)).Select(d => d.ImplementationType).ToList();
        Assert.Equal([typeof(PlainTextArticleParser), typeof(JsonLinesArticleParser), typeof(MarkdownArticleParser)], parsers);
        Assert.All(services, d => Assert.Equal(ServiceLifetime.Singleton, d.Lifetime));
    }

    [Fact]
    public void ReaderSupportsTheBuiltInExtensions()
    {
        var reader = ArticleTestFolder.CreateReader();

        Assert.True(reader.IsSupported("a.txt"));
        Assert.True(reader.IsSupported("a.md"));
        Assert.True(reader.IsSupported("a.jsonl"));
        Assert.False(reader.IsSupported("a.html"));
        Assert.False(reader.IsSupported("README"));
    }
}
