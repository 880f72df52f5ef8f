namespace Briefing.Core.Answering;

/// <summary>A generator's result before timing and question metadata are attached.</summary>
public sealed record GeneratedAnswer(
    bool Abstained,
    string Text,
    IReadOnlyList<Citation> Citations,
    string Generator)
{
    public IReadOnlyList<string> Trace { get; init; } = [];

    /// <summary>On abstention: the closest articles, named as "not the answer".</summary>
    public IReadOnlyList<RelatedArticle> Related { get; init; } = [];

    /// <summary>Structured diagnostics (evidence, prompt, raw reply, verifier decisions, fallback); never null after a generator ran.</summary>
    public GenerationDetails Details { get; init; } = new();
}
