using Briefing.Core.Articles;
using Briefing.Core.Digests.Clustering;
using Briefing.Core.Digests.Summaries;
using Briefing.Core.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Digests;

/// <summary>
/// The digest of one local day: the day's articles from the index, clustered into stories, ranked, each summarised
/// with citations — by the active <see cref="IStorySummaryWriter"/> (a model) when there is one and its summary
/// passes <see cref="StorySummaryCheck"/>, else extractively.
/// </summary>
public sealed class DigestBuilder(
    INewsIndex index,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestBuilder> logger,
    IStorySummaryWriter? writer = null,
    IStoryTermTranslator? translator = null)
{
    private const int PassagesPerReportForWriter = 2;
    private const int MaxPassagesForWriter = 8;

    private readonly StoryClusterer _clusterer = new(translator);
    private readonly ExtractiveStorySummarizer _extractive = new();
    private readonly IStorySummaryWriter? _writer = writer;

    /// <summary>The zone named by <c>Digest:TimeZone</c>.</summary>
    public TimeZoneInfo DefaultZone => DigestTimeZones.Find(options.Value.TimeZone);

    /// <summary>Today's date in <paramref name="zone"/>, by the injected clock.</summary>
    public DateOnly Today(TimeZoneInfo zone) => DayWindow.DateAt(time.GetUtcNow(), zone);

    /// <param name="language">Preferred language for headlines and summary sentences (the reader's); null for none.</param>
    public async Task<Digest> BuildAsync(DateOnly date, TimeZoneInfo zone, string? language, CancellationToken cancellationToken)
    {
        var window = DayWindow.For(date, zone);
        var articles = index.GetArticlesInWindow(window.From, window.To)
            .Where(a => StoryCluster.TimeOf(a) is not { } at || (at >= window.From && at < window.To))
            .Select(WithParagraphs)
            .ToList();
        var stories = _clusterer.Cluster(articles, language)
            .Order(StoryRanking.Instance)
            .Take(options.Value.MaxStories)
            .ToList();
        logger.LogInformation("Digest {Date} ({Zone}): {Articles} articles, {Stories} stories listed", date, zone.Id, articles.Count, stories.Count);

        var passages = new Dictionary<string, IReadOnlyList<Passage>>(StringComparer.Ordinal);
        IReadOnlyList<Passage> PassagesOf(string articleId) =>
            passages.TryGetValue(articleId, out var list) ? list : passages[articleId] = index.GetPassages(articleId);

        var digestStories = new List<DigestStory>(stories.Count);
        foreach (var story in stories)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (summary, generator) = await SummarizeAsync(story, PassagesOf, cancellationToken);
            digestStories.Add(new DigestStory(story.Representative.Title, summary.Text, [.. story.Articles.Select(a => a.Id)], summary.Citations)
            {
                Sources = [.. story.DuplicateGroups.Select(ToSource)],
                SourceCount = story.SourceCount,
                Language = story.Representative.Language,
                Generator = generator,
            });
        }
        return new Digest(date, zone.Id, digestStories) { ArticleCount = articles.Count };
    }

    /// <summary>Clustering reads paragraphs; an index that returns articles without them still has their passages.</summary>
    private Article WithParagraphs(Article article) =>
        article.Paragraphs.Count > 0 ? article : article with { Paragraphs = [.. index.GetPassages(article.Id).Select(p => p.Text)] };

    private async Task<(StorySummary Summary, string Generator)> SummarizeAsync(
        StoryCluster story, Func<string, IReadOnlyList<Passage>> passagesOf, CancellationToken cancellationToken)
    {
        var maxSentences = options.Value.MaxSummarySentences;
        if (_writer is not null)
        {
            var given = story.DistinctReports
                .SelectMany(r => passagesOf(r.Id).Take(PassagesPerReportForWriter))
                .Take(MaxPassagesForWriter)
                .ToList();
            try
            {
                var request = new StorySummaryRequest(story.Representative.Title, story.Representative.Language, given, maxSentences);
                var written = await _writer.WriteAsync(request, cancellationToken);
                var problem = written is null ? "no summary" : StorySummaryCheck.Problem(written, given.Select(p => p.Id).ToHashSet(), maxSentences);
                if (problem is null) return (written!, written!.Generator ?? _writer.Name);
                if (written is not null)
                    logger.LogWarning("Summary writer {Writer} failed for story {Headline}: {Problem}; using the extractive summary", _writer.Name, story.Representative.Title, problem);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Summary writer {Writer} threw for story {Headline}; using the extractive summary", _writer.Name, story.Representative.Title);
            }
        }
        return (_extractive.Summarize(story, passagesOf, maxSentences), "extractive");
    }

    private static DigestSource ToSource(IReadOnlyList<Article> copies)
    {
        var original = copies[0];
        var others = copies.Skip(1).Select(a => a.Source ?? a.Title).Where(s => s != original.Source).Distinct().ToList();
        return new DigestSource(original.Id, original.Title, original.Source, original.Url, StoryCluster.TimeOf(original), others);
    }
}
