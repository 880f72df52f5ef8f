using Briefing.Core.Search;
using Microsoft.Extensions.Logging;

namespace Briefing.Core.Llm;

/// <summary>
/// For the digest: the model summarises one story from its passages (<c>Briefing/StorySummary</c> prompt), and
/// the summary is verified like an answer. Null means "write the extractive summary": no model configured,
/// the model failed, or nothing it wrote survived verification.
/// </summary>
public sealed class StorySummaryWriter(PromptRunner runner, CitationVerifier verifier, ILogger<StorySummaryWriter> logger)
{
    public bool IsEnabled => runner.IsEnabled;

    /// <param name="headline">The story's headline (the model may not cite it; it only orients).</param>
    /// <param name="passages">The story's passages; the model cites them as [1], [2], ... in this order.</param>
    /// <param name="language">The digest's language ("de", "en").</param>
    public async Task<StorySummary?> WriteAsync(string headline, IReadOnlyList<PassageHit> passages, string language, CancellationToken cancellationToken)
    {
        if (!runner.IsEnabled || passages.Count == 0) return null;
        PromptRun run;
        try
        {
            run = await runner.RunAsync(PromptNames.StorySummary, new Dictionary<string, object?>
            {
                ["headline"] = headline,
                ["language"] = PromptNames.LanguageName(language),
                ["passages"] = PassageFormatter.Format(passages),
                ["sentinel"] = PromptNames.NoAnswerSentinel,
            }, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "The model {Model} could not summarise the story {Headline}; using the extractive summary", runner.ModelId, headline);
            return null;
        }
        var result = verifier.Verify(run.Output, passages, language);
        if (!result.HasAnswer)
        {
            logger.LogWarning("No sentence of the model's summary of {Headline} survived verification; using the extractive summary", headline);
            return null;
        }
        return new StorySummary(result.Text, result.Citations, runner.ModelId, result.Stats);
    }
}
