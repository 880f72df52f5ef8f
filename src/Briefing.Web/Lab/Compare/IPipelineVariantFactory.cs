using Briefing.Core.Evaluation;

namespace Briefing.Web.Lab.Compare;

/// <summary>
/// Builds the whole answering pipeline again with a few configuration keys changed (e.g. <c>Llm:PromptsDir</c>,
/// <c>Llm:Model</c>) — the way <c>ask --prompts</c> does — so a comparison runs exactly what the CLI would run.
/// The host that composes the program implements it.
/// </summary>
public interface IPipelineVariantFactory
{
    IPipelineVariant Create(IReadOnlyDictionary<string, string?> overrides);
}

/// <summary>One built variant; dispose it when the comparison is done.</summary>
public interface IPipelineVariant : IDisposable
{
    EvaluationRunner Evaluation { get; }
}
