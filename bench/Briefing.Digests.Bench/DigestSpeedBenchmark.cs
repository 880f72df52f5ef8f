using System.Diagnostics;
using Briefing.Core.Articles;
using Briefing.Core.Digests;
using Briefing.Core.Digests.Clustering;
using Briefing.Core.Search.LuceneIndex;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefing.Digests.Bench;

/// <summary>Time to build a digest over a day of N articles in the real (Lucene) index: reading the day, clustering, summarising.</summary>
internal static class DigestSpeedBenchmark
{
    public static async Task RunAsync(IReadOnlyList<Article> articles, DateOnly day, IStoryTermTranslator? translator)
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefing-digest-bench", Guid.NewGuid().ToString("N"));
        try
        {
            using var index = new LuceneNewsIndex(Path.Combine(folder, "index"));
            var start = day.ToDateTime(new TimeOnly(0, 5), DateTimeKind.Utc);
            for (var i = 0; i < articles.Count; i++)
            {
                // Spread over the day, so the window query has real work to do.
                var article = articles[i] with { Published = new DateTimeOffset(start.AddSeconds(i * 86000.0 / articles.Count)) };
                index.Upsert(article, PassageChunker.Chunk(article), ArticleContentHash.Compute(article) + i);
            }
            index.Commit();

            var builder = new DigestBuilder(index, Options.Create(new DigestOptions()), TimeProvider.System,
                NullLogger<DigestBuilder>.Instance, writer: null, translator: translator);
            // CPU time beside wall time: on a shared machine the wall clock mostly measures the neighbours.
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var digest = await builder.BuildAsync(day, TimeZoneInfo.Utc, null, CancellationToken.None);
            process.Refresh();
            Console.WriteLine($"digest over {digest.ArticleCount} articles, first build in this process: {watch.ElapsedMilliseconds} ms wall, {(process.TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU ({digest.Stories.Count} stories listed)");

            var runs = new List<string>();
            for (var run = 0; run < 3; run++)
            {
                process.Refresh();
                cpu = process.TotalProcessorTime;
                watch.Restart();
                await builder.BuildAsync(day, TimeZoneInfo.Utc, null, CancellationToken.None);
                process.Refresh();
                runs.Add($"{watch.ElapsedMilliseconds} ms wall / {(process.TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU");
            }
            Console.WriteLine($"digest over {digest.ArticleCount} articles, warm builds: {string.Join("; ", runs)}");

            watch.Restart();
            var window = DayWindow.For(day, TimeZoneInfo.Utc);
            var inWindow = index.GetArticlesInWindow(window.From, window.To);
            var read = watch.ElapsedMilliseconds;
            watch.Restart();
            new StoryClusterer(translator).Cluster(inWindow);
            Console.WriteLine($"  of which: reading the day {read} ms, clustering {watch.ElapsedMilliseconds} ms");
            foreach (var story in digest.Stories.Take(3))
                Console.WriteLine($"  top: {story.Headline} ({story.SourceCount} sources, {story.ArticleIds.Count} articles)");
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* best effort */ }
        }
    }
}
