using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace Briefing.Core.Answering;

/// <summary>
/// The Semantic Kernel "Answering" plugin: writes the cited answer with the configured generator (the last
/// registered <see cref="IAnswerGenerator"/>: extractive by default, a model when one is configured).
/// </summary>
public sealed class GeneratorPlugin(IEnumerable<IAnswerGenerator> generators)
{
    public const string PluginName = "Answering";
    public const string GenerateFunctionName = "generate";

    private readonly IAnswerGenerator _generator = generators.Last();

    public string GeneratorName => _generator.Name;

    [KernelFunction(GenerateFunctionName)]
    [Description("Writes a grounded answer whose every sentence cites the retrieved passages.")]
    public Task<GeneratedAnswer> GenerateAsync(AnswerContext context, CancellationToken cancellationToken) =>
        _generator.GenerateAsync(context, cancellationToken);
}
