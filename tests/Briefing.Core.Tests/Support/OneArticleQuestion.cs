using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Support;

/// <summary>
/// One question over one invented article, indexed beside an unrelated second one so that the question's words are
/// not in every document (a one-document index gives every term the same weight). A fresh engine each call.
/// </summary>
public static class OneArticleQuestion
{
    private const string OtherArticle = """
        Neuer Radweg am Fluss
        Die Stadt hat am Fluss einen neuen Radweg eröffnet. The council opened a new cycle path by the river.
        """;

    public static async Task<Answer> AskAsync(TempFolder folder, string article, string question)
    {
        using var engine = new EngineFixture(folder);
        folder.Write("news/article.txt", article);
        folder.Write("news/other.txt", OtherArticle);
        await engine.IngestAsync(folder.Combine("news"));
        return await engine.AskAsync(question);
    }
}
