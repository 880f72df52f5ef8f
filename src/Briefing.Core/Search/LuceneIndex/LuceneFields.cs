namespace Briefing.Core.Search.LuceneIndex;

/// <summary>Field names of the Lucene index. Article and passage documents share one index, told apart by <see cref="Type"/>.</summary>
internal static class LuceneFields
{
    public const string Type = "type";
    public const string ArticleType = "article";
    public const string PassageType = "passage";

    public const string ArticleId = "article_id";
    public const string PassageId = "passage_id";
    public const string Ordinal = "ordinal";
    public const string Text = "text";
    public const string Language = "lang";
    public const string Title = "title";
    public const string Source = "source";
    public const string Url = "url";
    public const string PublishedMs = "published_ms";
    public const string IngestedMs = "ingested_ms";
    /// <summary>Publish time, or ingest time when unknown: what "the day's articles" means.</summary>
    public const string WindowMs = "window_ms";
    public const string ContentHash = "hash";
    public const string Paragraphs = "paragraphs";
    public const string PassageCount = "passage_count";
    public const string Origin = "origin";

    /// <summary>The analysed body field for a language: "body_de", "body_en".</summary>
    public static string Body(string language) => "body_" + LanguageAnalyzers.Normalize(language);

    /// <summary>The analysed title field for a language, repeated on each passage so titles help ranking.</summary>
    public static string TitleText(string language) => "titletext_" + LanguageAnalyzers.Normalize(language);
}
