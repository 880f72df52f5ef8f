using Briefing.Core.Articles;
using Briefing.Core.Digests;
using Briefing.Core.Digests.Summaries;
using Briefing.Core.Search;
using Microsoft.Extensions.Logging;

namespace Briefing.Core.Llm;

/// <summary>
/// For the digest: the model summarises one story from its passages (<c>Briefing/StorySummary</c> prompt) and the
/// summary is verified like an answer, keeping at most the requested number of sentences. Null means "write the
/// extractive summary": the model failed, or nothing it wrote survived verification.
/// </summary>
public sealed class StorySummaryWriter(
    PromptRunner runner, CitationVerifier verifier, ILogger<StorySummaryWriter> logger, INewsIndex? index = null) : IStorySummaryWriter
{
    public string Name => runner.ModelId;

    public async Task<StorySummary?> WriteAsync(StorySummaryRequest request, CancellationToken cancellationToken)
    {
        if (!runner.IsEnabled || request.Passages.Count == 0) return null;
        var hits = request.Passages.Select(ToHit).ToList();
        PromptRun run;
        try
        {
            run = await runner.RunAsync(PromptNames.StorySummary, new Dictionary<string, object?>
            {
                ["headline"] = request.Headline,
                ["language"] = PromptNames.LanguageName(request.Language),
                ["passages"] = PassageFormatter.Format(hits),
                ["sentinel"] = PromptNames.NoAnswerSentinel,
                ["max_sentences"] = request.MaxSentences.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "The model {Model} could not summarise the story {Headline}; using the extractive summary", Name, request.Headline);
            return null;
        }
        var result = verifier.Verify(run.Output, hits, request.Language, request.MaxSentences);
        if (!result.HasAnswer)
        {
            logger.LogWarning("No sentence of the model's summary of {Headline} survived verification; using the extractive summary", request.Headline);
            return null;
        }
        return new StorySummary(result.Text, result.Citations.Select(c => new DigestCitation(c.N, c.ArticleId, c.PassageId, c.Quote)).ToList());
    }

    /// <summary>The passage with its article's title and source, which the prompt shows and the verifier accepts as support.</summary>
    private PassageHit ToHit(Passage passage)
    {
        var article = index?.GetArticle(passage.ArticleId)?.Article;
        return new PassageHit(passage, new ArticleInfo(passage.ArticleId, article?.Title ?? "", article?.Source, article?.Url, article?.Published, passage.Language), 0f);
    }
}
