using Briefing.Core.Configuration;
using Briefing.Core.Embeddings;
using Briefing.Core.Lexicon;
using Briefing.Core.Llm;
using Microsoft.Extensions.Configuration;

namespace Briefing.Core.Composition;

/// <summary>
/// Which implementation of each pluggable service is active — decided here, from configuration, and nowhere else.
/// Each area registers its candidates as keyed services under the names of <see cref="ImplementationKeys"/>; <see cref="ActiveImplementationsRegistration"/>
/// makes the chosen one the service (<c>IAnswerGenerator</c>, ...). Registration order never matters. A null choice
/// means the service is off and consumers take it as an optional (null) dependency.
/// </summary>
/// <param name="AnswerGenerator"><see cref="ImplementationKeys.Extractive"/>, or <see cref="ImplementationKeys.Model"/> when <c>Llm:Provider</c> names a provider.</param>
/// <param name="QuestionCondenser"><see cref="ImplementationKeys.KeyTerms"/>, or <see cref="ImplementationKeys.Model"/> with a chat model (it falls back to key terms itself).</param>
/// <param name="VectorSearch"><see cref="ImplementationKeys.Embeddings"/> when <c>Embeddings:Provider</c> names a provider, else off.</param>
/// <param name="SummaryWriter"><see cref="ImplementationKeys.Model"/> with a chat model, else off (digests summarise extractively).</param>
/// <param name="StoryTranslator"><see cref="ImplementationKeys.Lexicon"/> unless <c>Lexicon:Enabled</c> is false (it is harmless without dictionary files).</param>
/// <param name="NearDuplicateDetector"><see cref="ImplementationKeys.MinHash"/> unless <c>Briefing:DetectNearDuplicates</c> is false.</param>
/// <param name="DigestDelivery"><see cref="ImplementationKeys.Telegram"/> when <c>Telegram:BotToken</c> is set, else off (the scheduler idles).</param>
public sealed record ActiveImplementations(
    string AnswerGenerator,
    string QuestionCondenser,
    string? VectorSearch,
    string? SummaryWriter,
    string? StoryTranslator,
    string? NearDuplicateDetector,
    string? DigestDelivery)
{
    public static ActiveImplementations From(IConfiguration configuration)
    {
        var model = new LlmOptions { Provider = configuration[$"{LlmOptions.SectionName}:Provider"] ?? nameof(ModelProvider.None) }.IsEnabled;
        var embeddings = new EmbeddingsOptions { Provider = configuration[$"{EmbeddingsOptions.SectionName}:Provider"] ?? "None" }.IsEnabled;
        var lexicon = configuration.GetValue($"{LexiconOptions.SectionName}:{nameof(LexiconOptions.Enabled)}", true);
        var nearDuplicates = configuration.GetValue($"{BriefingOptions.SectionName}:{nameof(BriefingOptions.DetectNearDuplicates)}", true);
        // Read as a plain key: the engine does not reference the Telegram project, only its setting.
        var telegram = !string.IsNullOrWhiteSpace(configuration["Telegram:BotToken"]);
        return new ActiveImplementations(
            AnswerGenerator: model ? ImplementationKeys.Model : ImplementationKeys.Extractive,
            QuestionCondenser: model ? ImplementationKeys.Model : ImplementationKeys.KeyTerms,
            VectorSearch: embeddings ? ImplementationKeys.Embeddings : null,
            SummaryWriter: model ? ImplementationKeys.Model : null,
            StoryTranslator: lexicon ? ImplementationKeys.Lexicon : null,
            NearDuplicateDetector: nearDuplicates ? ImplementationKeys.MinHash : null,
            DigestDelivery: telegram ? ImplementationKeys.Telegram : null);
    }
}
