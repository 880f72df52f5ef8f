using Briefing.Core.Answering;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Llm;

/// <summary>
/// The embedded extractive generator the model generator falls back to. Resolved lazily by name, because the
/// model generator is itself an <see cref="IAnswerGenerator"/> and resolving the list eagerly would be circular.
/// </summary>
public sealed class ExtractiveFallback(IServiceProvider services)
{
    public const string GeneratorName = "extractive";

    public Task<GeneratedAnswer> GenerateAsync(AnswerContext context, CancellationToken cancellationToken)
    {
        var extractive = services.GetServices<IAnswerGenerator>().FirstOrDefault(g => g.Name == GeneratorName)
            ?? throw new InvalidOperationException("No extractive answer generator is registered to fall back to.");
        return extractive.GenerateAsync(context, cancellationToken);
    }
}
