namespace Briefing.Core.Articles;

/// <summary>One news article as parsed from any input, before it is cut into passages.</summary>
public sealed record Article
{
    /// <summary>Stable id: a JSONL record's <c>id</c>, a web page's canonical URL, else derived from the input.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? Published { get; init; }
    /// <summary>ISO 639-1 code, "de" or "en" (others allowed, analysed as plain text).</summary>
    public required string Language { get; init; }
    /// <summary>Body paragraphs in reading order (the title is not repeated here).</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }
    /// <summary>When the article was first indexed; set by the ingestion pipeline.</summary>
    public DateTimeOffset? Ingested { get; init; }
    /// <summary>Where it came from (file path or URL), for messages only.</summary>
    public string? Origin { get; init; }
}
