using Briefing.Core.Configuration;
using Briefing.Core.Embeddings;
using Briefing.Core.Lexicon;
using Briefing.Core.Llm;
using Microsoft.Extensions.Configuration;

namespace Briefing.Core.Composition;

/// <summary>
/// Which implementation of each pluggable service is active — decided here, from configuration, and nowhere else.
/// Each area registers its candidates as keyed services under the names below; <see cref="ActiveImplementationsRegistration"/>
/// makes the chosen one the service (<c>IAnswerGenerator</c>, ...). Registration order never matters. A null choice
/// means the service is off and consumers take it as an optional (null) dependency.
/// </summary>
/// <param name="AnswerGenerator"><see cref="Extractive"/>, or <see cref="Model"/> when <c>Llm:Provider</c> names a provider.</param>
/// <param name="QuestionCondenser"><see cref="KeyTerms"/>, or <see cref="Model"/> with a chat model (it falls back to key terms itself).</param>
/// <param name="VectorSearch"><see cref="Embeddings"/> when <c>Embeddings:Provider</c> names a provider, else off.</param>
/// <param name="SummaryWriter"><see cref="Model"/> with a chat model, else off (digests summarise extractively).</param>
/// <param name="StoryTranslator"><see cref="Lexicon"/> unless <c>Lexicon:Enabled</c> is false (it is harmless without dictionary files).</param>
/// <param name="NearDuplicateDetector"><see cref="MinHash"/> unless <c>Briefing:DetectNearDuplicates</c> is false.</param>
/// <param name="DigestDelivery"><see cref="Telegram"/> when <c>Telegram:BotToken</c> is set, else off (the scheduler idles).</param>
public sealed record ActiveImplementations(
    string AnswerGenerator,
    string QuestionCondenser,
    string? VectorSearch,
    string? SummaryWriter,
    string? StoryTranslator,
    string? NearDuplicateDetector,
    string? DigestDelivery)
{
    public const string Extractive = "extractive";
    public const string Model = "model";
    public const string KeyTerms = "key-terms";
    public const string Embeddings = "embeddings";
    public const string Lexicon = "lexicon";
    public const string MinHash = "minhash";
    public const string Telegram = "telegram";

    public static ActiveImplementations From(IConfiguration configuration)
    {
        var model = new LlmOptions { Provider = configuration[$"{LlmOptions.SectionName}:Provider"] ?? nameof(LlmProvider.None) }.IsEnabled;
        var embeddings = new EmbeddingsOptions { Provider = configuration[$"{EmbeddingsOptions.SectionName}:Provider"] ?? "None" }.IsEnabled;
        var lexicon = configuration.GetValue($"{LexiconOptions.SectionName}:{nameof(LexiconOptions.Enabled)}", true);
        var nearDuplicates = configuration.GetValue($"{BriefingOptions.SectionName}:{nameof(BriefingOptions.DetectNearDuplicates)}", true);
        // Read as a plain key: the engine does not reference the Telegram project, only its setting.
        var telegram = !string.IsNullOrWhiteSpace(configuration["Telegram:BotToken"]);
        return new ActiveImplementations(
            AnswerGenerator: model ? Model : Extractive,
            QuestionCondenser: model ? Model : KeyTerms,
            VectorSearch: embeddings ? Embeddings : null,
            SummaryWriter: model ? Model : null,
            StoryTranslator: lexicon ? Lexicon : null,
            NearDuplicateDetector: nearDuplicates ? MinHash : null,
            DigestDelivery: telegram ? Telegram : null);
    }
}
