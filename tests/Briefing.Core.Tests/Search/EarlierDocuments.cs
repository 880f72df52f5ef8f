using System.Text.Json;
using Briefing.Core.Articles;
using Briefing.Core.Search.LuceneIndex;
using Lucene.Net.Documents;

namespace Briefing.Core.Tests.Search;

/// <summary>
/// An article's Lucene documents as the index made them before issue 13's eighth session: new fields per document, the
/// title analysed again on every passage, body and title indexed with positions. The reference that
/// <see cref="ReusedDocumentFields"/> must index the same as (terms, frequencies, norms, stored fields), and the shape of
/// an index an earlier version left in a data folder.
/// </summary>
internal static class EarlierDocuments
{
    public static IEnumerable<Document> Of(Article article, string contentHash, IReadOnlyList<Passage> passages) =>
        passages.Select(p => ForPassage(article, p)).Prepend(ForArticle(article, contentHash, passages.Count));

    private static Document ForArticle(Article article, string contentHash, int passageCount)
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

    private static Document ForPassage(Article article, Passage passage)
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

    private static void AddOptional(Document document, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value)) document.Add(new StoredField(field, value));
    }
}
