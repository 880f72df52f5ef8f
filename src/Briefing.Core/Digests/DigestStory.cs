using System.Text.Json.Serialization;

namespace Briefing.Core.Digests;

/// <summary>One story: its headline, a 1–3 sentence summary whose every sentence cites <c>[n]</c>, and all its articles.</summary>
public sealed record DigestStory(
    [property: JsonPropertyName("headline")] string Headline,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("articleIds")] IReadOnlyList<string> ArticleIds,
    [property: JsonPropertyName("citations")] IReadOnlyList<DigestCitation> Citations)
{
    /// <summary>The reports behind the story, one per distinct text (copies folded in); for renderers.</summary>
    [JsonIgnore]
    public IReadOnlyList<DigestSource> Sources { get; init; } = [];

    /// <summary>Distinct outlets that carried the story.</summary>
    [JsonIgnore]
    public int SourceCount { get; init; }

    /// <summary>The headline's language.</summary>
    [JsonIgnore]
    public string Language { get; init; } = "en";

    /// <summary>"extractive" or the model that wrote the summary.</summary>
    [JsonIgnore]
    public string Generator { get; init; } = "extractive";
}
