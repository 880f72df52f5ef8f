namespace Briefing.Core.Articles;

/// <summary>A paragraph-sized, sentence-aligned piece of an article: the unit of retrieval and citation.</summary>
/// <param name="Id">Stable id "{articleId}#p{ordinal}".</param>
public sealed record Passage(string Id, string ArticleId, int Ordinal, string Text, string Language)
{
    public static string MakeId(string articleId, int ordinal) => $"{articleId}#p{ordinal}";
}
