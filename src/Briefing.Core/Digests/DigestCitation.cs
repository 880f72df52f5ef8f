using System.Text.Json.Serialization;

namespace Briefing.Core.Digests;

/// <summary>The source of a summary's <c>[n]</c>; <see cref="Quote"/> is verbatim text of the passage.</summary>
public sealed record DigestCitation(
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("articleId")] string ArticleId,
    [property: JsonPropertyName("passageId")] string PassageId,
    [property: JsonPropertyName("quote")] string Quote);
