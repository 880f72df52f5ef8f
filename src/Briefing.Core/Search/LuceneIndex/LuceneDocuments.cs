using System.Text.Json;
using Briefing.Core.Articles;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>Maps articles and passages to Lucene documents (made by <see cref="ReusedDocumentFields"/>) and back.</summary>
internal static class LuceneDocuments
{
    /// <summary>
    /// The analysed body and title fields: documents, frequencies and norms, no positions. Every query on them is a
    /// term query scored by BM25 (frequency and length); none reads a position (no phrase or span query), and writing
    /// them was a large part of the ingest's inversion and segment flushes (issue 13). An index written before keeps its
    /// positions in older segments: Lucene takes the lesser options per field, and merges drop them.
    /// </summary>
    internal static readonly FieldType RankedText = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    public static IndexedArticle ToIndexedArticle(Document document)
    {
        var article = new Article
        {
            Id = document.Get(LuceneFields.ArticleId),
            Title = document.Get(LuceneFields.Title),
            Source = document.Get(LuceneFields.Source),
            Url = document.Get(LuceneFields.Url),
            Published = ReadTime(document, LuceneFields.PublishedMs),
            Ingested = ReadTime(document, LuceneFields.IngestedMs),
            Language = document.Get(LuceneFields.Language),
            Paragraphs = JsonSerializer.Deserialize<string[]>(document.Get(LuceneFields.Paragraphs)) ?? [],
            Origin = document.Get(LuceneFields.Origin),
        };
        var passageCount = document.GetField(LuceneFields.PassageCount)?.GetInt32Value() ?? 0;
        return new IndexedArticle(article, document.Get(LuceneFields.ContentHash), passageCount);
    }

    public static Passage ToPassage(Document document) => new(
        document.Get(LuceneFields.PassageId),
        document.Get(LuceneFields.ArticleId),
        document.GetField(LuceneFields.Ordinal)?.GetInt32Value() ?? 0,
        document.Get(LuceneFields.Text),
        document.Get(LuceneFields.Language));

    public static ArticleInfo ToArticleInfo(Document passageDocument) => new(
        passageDocument.Get(LuceneFields.ArticleId),
        passageDocument.Get(LuceneFields.Title),
        passageDocument.Get(LuceneFields.Source),
        passageDocument.Get(LuceneFields.Url),
        ReadTime(passageDocument, LuceneFields.PublishedMs),
        passageDocument.Get(LuceneFields.Language));

    /// <summary>The article's title as its passages' title field analyses it.</summary>
    public static AnalysedTokens TitleTokens(Analyzer perField, Article article) =>
        AnalysedTokens.Of(perField, LuceneFields.TitleText(article.Language), article.Title);

    public static Term ArticleTerm(string articleId) => new(LuceneFields.ArticleId, articleId);

    private static DateTimeOffset? ReadTime(Document document, string field) =>
        document.GetField(field)?.GetInt64Value() is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
