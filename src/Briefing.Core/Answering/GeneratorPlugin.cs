using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace Briefing.Core.Answering;

/// <summary>
/// The Semantic Kernel "Answering" plugin: writes the cited answer with the active <see cref="IAnswerGenerator"/>
/// (extractive by default, a model when one is configured: <c>Composition/ActiveImplementations</c>).
/// </summary>
public sealed class GeneratorPlugin(IAnswerGenerator generator)
{
    public const string PluginName = "Answering";
    public const string GenerateFunctionName = "generate";

    private readonly IAnswerGenerator _generator = generator;

    public string GeneratorName => _generator.Name;

    [KernelFunction(GenerateFunctionName)]
    [Description("Writes a grounded answer whose every sentence cites the retrieved passages.")]
    public Task<GeneratedAnswer> GenerateAsync(AnswerContext context, CancellationToken cancellationToken) =>
        _generator.GenerateAsync(context, cancellationToken);
}
