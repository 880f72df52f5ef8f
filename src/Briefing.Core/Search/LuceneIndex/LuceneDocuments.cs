using System.Text.Json;
using Briefing.Core.Articles;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>Maps articles and passages to Lucene documents and back.</summary>
internal static class LuceneDocuments
{
    public static Document ForArticle(Article article, string contentHash, int passageCount)
    {
        var published = article.Published?.ToUnixTimeMilliseconds();
        var ingested = (article.Ingested ?? DateTimeOffset.UnixEpoch).ToUnixTimeMilliseconds();
        var document = new Document
        {
            new StringField(LuceneFields.Type, LuceneFields.ArticleType, Field.Store.YES),
            new StringField(LuceneFields.ArticleId, article.Id, Field.Store.YES),
            new StringField(LuceneFields.ContentHash, contentHash, Field.Store.YES),
            new StoredField(LuceneFields.Title, article.Title),
            new StoredField(LuceneFields.Language, article.Language),
            new StoredField(LuceneFields.Paragraphs, JsonSerializer.Serialize(article.Paragraphs)),
            new StoredField(LuceneFields.PassageCount, passageCount),
            new StoredField(LuceneFields.IngestedMs, ingested),
            new Int64Field(LuceneFields.WindowMs, published ?? ingested, Field.Store.NO),
        };
        AddOptional(document, LuceneFields.Source, article.Source);
        AddOptional(document, LuceneFields.Url, article.Url);
        AddOptional(document, LuceneFields.Origin, article.Origin);
        if (published is { } ms) document.Add(new StoredField(LuceneFields.PublishedMs, ms));
        return document;
    }

    public static Document ForPassage(Article article, Passage passage)
    {
        var document = new Document
        {
            new StringField(LuceneFields.Type, LuceneFields.PassageType, Field.Store.YES),
            new StringField(LuceneFields.ArticleId, article.Id, Field.Store.YES),
            new StringField(LuceneFields.PassageId, passage.Id, Field.Store.YES),
            new StoredField(LuceneFields.Ordinal, passage.Ordinal),
            new StoredField(LuceneFields.Text, passage.Text),
            new StoredField(LuceneFields.Language, passage.Language),
            new StoredField(LuceneFields.Title, article.Title),
            new TextField(LuceneFields.Body(passage.Language), passage.Text, Field.Store.NO),
            new TextField(LuceneFields.TitleText(article.Language), article.Title, Field.Store.NO),
        };
        AddOptional(document, LuceneFields.Source, article.Source);
        AddOptional(document, LuceneFields.Url, article.Url);
        if (article.Published is { } published) document.Add(new StoredField(LuceneFields.PublishedMs, published.ToUnixTimeMilliseconds()));
        return document;
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

    public static Term ArticleTerm(string articleId) => new(LuceneFields.ArticleId, articleId);

    private static DateTimeOffset? ReadTime(Document document, string field) =>
        document.GetField(field)?.GetInt64Value() is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    private static void AddOptional(Document document, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value)) document.Add(new StoredField(field, value));
    }
}
