using Briefing.Core.Articles;

namespace Briefing.Core.Tests.Articles;

/// <summary>Builds parser inputs and articles for tests.</summary>
internal static class ArticleInputs
{
    public static ArticleInput Of(string fileName, string text, string defaultId = "test/article") =>
        new(fileName, fileName, text, defaultId);

    public static Article Article(string id, params string[] paragraphs) => new()
    {
        Id = id,
        Title = "Title",
        Language = "en",
        Paragraphs = paragraphs,
    };
}
