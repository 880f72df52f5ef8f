using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Core.Articles;

/// <summary>Registers the file reader and the built-in formats; other areas add parsers (e.g. HTML) the same way.</summary>
public static class ArticlesServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingArticles(this IServiceCollection services)
    {
        services.TryAddSingleton<ArticleFileReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IArticleFormatParser, PlainTextArticleParser>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IArticleFormatParser, JsonLinesArticleParser>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IArticleFormatParser, MarkdownArticleParser>());
        return services;
    }
}
