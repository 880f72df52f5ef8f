namespace Briefing.Core.Answering;

/// <summary>Writes a cited answer from retrieved passages. Implementations: extractive (default) and model-backed.</summary>
public interface IAnswerGenerator
{
    /// <summary>"extractive" or the model's name.</summary>
    string Name { get; }

    Task<GeneratedAnswer> GenerateAsync(AnswerContext context, CancellationToken cancellationToken);
}
