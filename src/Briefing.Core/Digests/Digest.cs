using System.Text.Json.Serialization;

namespace Briefing.Core.Digests;

/// <summary>The day's ranked stories; serialises exactly as the contract's <c>digest --json</c>.</summary>
public sealed record Digest(
    [property: JsonPropertyName("date")] DateOnly Date,
    [property: JsonPropertyName("timeZone")] string TimeZone,
    [property: JsonPropertyName("stories")] IReadOnlyList<DigestStory> Stories)
{
    /// <summary>How many articles the day had (before clustering); for renderers, not part of the JSON contract.</summary>
    [JsonIgnore]
    public int ArticleCount { get; init; }

    [JsonIgnore]
    public bool IsEmpty => Stories.Count == 0;
}
