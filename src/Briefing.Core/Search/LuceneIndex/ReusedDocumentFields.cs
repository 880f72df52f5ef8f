using System.Text.Json;
using Briefing.Core.Articles;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// An article's documents for the index writer, made one at a time as the writer takes them, from one set of field
/// objects refilled for each document (Lucene's own advice for bulk indexing). New fields per document cost the
/// ingest's index thread a token stream per indexed string or number field, and each stream's attributes are made by
/// reflection (~6 % of the thread, issue 13). The documents are field for field those of <see cref="LuceneDocuments"/>:
/// same names, types, values and order. Not thread-safe: one writer uses it, and only while the writer consumes the
/// documents (the writer reads a document whole before it asks for the next).
/// </summary>
internal sealed class ReusedDocumentFields
{
    private readonly List<IIndexableField> _document = new(16);
    private readonly Dictionary<string, Field> _ranked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Field> _rankedTitles = new(StringComparer.Ordinal);
    private readonly AnalysedTokens.ReplayStream _title = new();

    private readonly StringField _articleType = new(LuceneFields.Type, LuceneFields.ArticleType, Field.Store.YES);
    private readonly StringField _articleId = new(LuceneFields.ArticleId, "", Field.Store.YES);
    private readonly StringField _contentHash = new(LuceneFields.ContentHash, "", Field.Store.YES);
    private readonly StoredField _articleTitle = new(LuceneFields.Title, "");
    private readonly StoredField _articleLanguage = new(LuceneFields.Language, "");
    private readonly StoredField _paragraphs = new(LuceneFields.Paragraphs, "");
    private readonly StoredField _passageCount = new(LuceneFields.PassageCount, 0);
    private readonly StoredField _ingested = new(LuceneFields.IngestedMs, 0L);
    private readonly Int64Field _window = new(LuceneFields.WindowMs, 0L, Field.Store.NO);
    private readonly StoredField _articleSource = new(LuceneFields.Source, "");
    private readonly StoredField _articleUrl = new(LuceneFields.Url, "");
    private readonly StoredField _origin = new(LuceneFields.Origin, "");
    private readonly StoredField _articlePublished = new(LuceneFields.PublishedMs, 0L);

    private readonly StringField _passageType = new(LuceneFields.Type, LuceneFields.PassageType, Field.Store.YES);
    private readonly StringField _passageArticleId = new(LuceneFields.ArticleId, "", Field.Store.YES);
    private readonly StringField _passageId = new(LuceneFields.PassageId, "", Field.Store.YES);
    private readonly StoredField _ordinal = new(LuceneFields.Ordinal, 0);
    private readonly StoredField _text = new(LuceneFields.Text, "");
    private readonly StoredField _passageLanguage = new(LuceneFields.Language, "");
    private readonly StoredField _passageTitle = new(LuceneFields.Title, "");
    private readonly StoredField _passageSource = new(LuceneFields.Source, "");
    private readonly StoredField _passageUrl = new(LuceneFields.Url, "");
    private readonly StoredField _passagePublished = new(LuceneFields.PublishedMs, 0L);

    /// <summary>
    /// The article's document, then one per passage, each valid until the next is asked for. <paramref name="title"/>
    /// is the title analysed once for all passages (<see cref="LuceneDocuments.TitleTokens"/>).
    /// </summary>
    public IEnumerable<IEnumerable<IIndexableField>> Of(Article article, string contentHash, IReadOnlyList<Passage> passages, AnalysedTokens title)
    {
        yield return ArticleDocument(article, contentHash, passages.Count);
        _title.Source = title;
        foreach (var passage in passages) yield return PassageDocument(article, passage);
        _title.Source = AnalysedTokens.Empty;
    }

    private List<IIndexableField> ArticleDocument(Article article, string contentHash, int passageCount)
    {
        var published = article.Published?.ToUnixTimeMilliseconds();
        var ingested = (article.Ingested ?? DateTimeOffset.UnixEpoch).ToUnixTimeMilliseconds();
        _document.Clear();
        _document.Add(_articleType);
        _document.Add(Set(_articleId, article.Id));
        _document.Add(Set(_contentHash, contentHash));
        _document.Add(Set(_articleTitle, article.Title));
        _document.Add(Set(_articleLanguage, article.Language));
        _document.Add(Set(_paragraphs, JsonSerializer.Serialize(article.Paragraphs)));
        _passageCount.SetInt32Value(passageCount);
        _document.Add(_passageCount);
        _ingested.SetInt64Value(ingested);
        _document.Add(_ingested);
        _window.SetInt64Value(published ?? ingested);
        _document.Add(_window);
        AddOptional(_articleSource, article.Source);
        AddOptional(_articleUrl, article.Url);
        AddOptional(_origin, article.Origin);
        if (published is { } ms)
        {
            _articlePublished.SetInt64Value(ms);
            _document.Add(_articlePublished);
        }
        return _document;
    }

    private List<IIndexableField> PassageDocument(Article article, Passage passage)
    {
        _document.Clear();
        _document.Add(_passageType);
        _document.Add(Set(_passageArticleId, article.Id));
        _document.Add(Set(_passageId, passage.Id));
        _ordinal.SetInt32Value(passage.Ordinal);
        _document.Add(_ordinal);
        _document.Add(Set(_text, passage.Text));
        _document.Add(Set(_passageLanguage, passage.Language));
        _document.Add(Set(_passageTitle, article.Title));
        _document.Add(Set(Ranked(_ranked, LuceneFields.Body(passage.Language)), passage.Text));
        _document.Add(RankedTitle(LuceneFields.TitleText(article.Language)));
        AddOptional(_passageSource, article.Source);
        AddOptional(_passageUrl, article.Url);
        if (article.Published is { } published)
        {
            _passagePublished.SetInt64Value(published.ToUnixTimeMilliseconds());
            _document.Add(_passagePublished);
        }
        return _document;
    }

    private static Field Ranked(Dictionary<string, Field> fields, string name)
    {
        if (!fields.TryGetValue(name, out var field)) fields[name] = field = new Field(name, "", LuceneDocuments.RankedText);
        return field;
    }

    private Field RankedTitle(string name)
    {
        if (!_rankedTitles.TryGetValue(name, out var field)) _rankedTitles[name] = field = new Field(name, _title, LuceneDocuments.RankedText);
        return field;
    }

    private void AddOptional(Field field, string? value)
    {
        if (!string.IsNullOrEmpty(value)) _document.Add(Set(field, value));
    }

    private static Field Set(Field field, string value)
    {
        field.SetStringValue(value);
        return field;
    }
}
