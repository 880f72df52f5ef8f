using System.Text.Json.Serialization;

namespace Briefing.Core.Answering;

/// <summary>A grounded answer: every <c>[n]</c> in <see cref="Text"/> has exactly one citation and every citation is used.</summary>
public sealed record Answer
{
    public required string Question { get; init; }
    /// <summary>The question's language; the answer's own words are in it.</summary>
    public required string Language { get; init; }
    public required bool Abstained { get; init; }
    [JsonPropertyName("answer")]
    public required string Text { get; init; }
    public required IReadOnlyList<Citation> Citations { get; init; }
    /// <summary>"extractive" or the model that wrote the answer.</summary>
    public required string Generator { get; init; }
    public double ElapsedMs { get; init; }
    /// <summary>On abstention: the closest coverage the articles do have (contract addition: omitted when empty).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RelatedArticle>? Related { get; init; }
    /// <summary>The question after follow-up resolution, when it differs from <see cref="Question"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StandaloneQuestion { get; init; }
    /// <summary>Diagnostics for <c>ask --trace</c>; never serialised.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Trace { get; init; } = [];
}
