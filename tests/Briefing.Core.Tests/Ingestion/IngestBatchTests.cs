using System.Runtime.CompilerServices;
using Briefing.Core.Articles;
using Briefing.Core.Ingestion;
using Briefing.Core.Storage;
using Briefing.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Core.Tests.Ingestion;

/// <summary>
/// Ingest writes the article store in batches (one state.db transaction for many articles) and reads ahead of the
/// writer: what a run already read must survive a failure of the run, and a batch must not hold the database while
/// the run waits for input.
/// </summary>
public sealed class IngestBatchTests : IDisposable
{
    private static readonly string[] Texts =
    [
        "The harbour authority in Kiel opened a new ferry terminal on Monday after two years of construction work.",
        "Astronomers in Chile reported a bright comet that will be visible to the naked eye in the southern sky.",
        "A national rail strike stopped most long-distance trains on Friday as talks over wages broke down again.",
        "The city council approved a budget that doubles spending on cycle lanes over the next five years.",
        "Researchers released a study showing that urban trees lower summer temperatures by up to three degrees.",
    ];

    private readonly TempFolder _folder = new();

    private static ArticleReadResult Read(int i) => ArticleReadResult.Ok($"item{i}", new Article
    {
        Id = $"story-{i}", Title = $"Story {i}", Language = "en", Paragraphs = [Texts[i], $"Reported by desk {i}."],
    });

    private static async IAsyncEnumerable<ArticleReadResult> FailingAfter(int count)
    {
        for (var i = 0; i < count; i++) yield return Read(i);
        await Task.Yield();
        throw new IOException("the feed connection was reset");
    }

    [Fact]
    public async Task Articles_read_before_a_source_fails_are_kept_and_a_rerun_adds_only_the_rest()
    {
        using var engine = new EngineFixture(_folder);

        // The source's own exception reaches the caller (not a wrapper from the read-ahead).
        var failure = await Assert.ThrowsAsync<IOException>(() => engine.Ingestion.IngestResultsAsync(FailingAfter(3), CancellationToken.None));
        Assert.Contains("reset", failure.Message);
        Assert.Equal(3, engine.Services.GetRequiredService<IArticleStore>().Count);
        Assert.Equal(3, engine.Index.ArticleCount);

        var rerun = await engine.Ingestion.IngestResultsAsync(Enumerable.Range(0, 5).Select(Read).ToAsyncEnumerable(), CancellationToken.None);

        Assert.Equal((2, 3), (rerun.Added, rerun.Unchanged));
        Assert.Equal(5, engine.Index.ArticleCount);
        Assert.Equal(5, engine.Services.GetRequiredService<IArticleStore>().Count);
    }

    [Fact]
    public async Task While_the_run_waits_for_the_next_article_what_it_wrote_is_committed_and_the_database_is_free()
    {
        // A clock that stands still: the batch's age limit never commits it; only the wait for input may.
        using var engine = new EngineFixture(_folder, configure: services => services.AddSingleton<TimeProvider>(new FakeTimeProvider()));
        var firstStored = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var run = engine.Ingestion.IngestResultsAsync(Gated(firstStored, release), CancellationToken.None);
        long? stored = null;
        try
        {
            await firstStored.Task.WaitAsync(TimeSpan.FromSeconds(30));
            // Another writer (the bot's chat history, a second process) gets the write lock without waiting, and sees
            // the article. Retried while the writer is still busy with it; a batch held during the wait never lets go.
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (stored is not 1 && DateTime.UtcNow < deadline)
            {
                stored = CountStoredWithoutWaiting();
                if (stored is not 1) await Task.Delay(100);
            }
        }
        finally
        {
            release.TrySetResult(); // the run ends either way, so a failure here does not hang the suite
        }

        Assert.Equal(1, stored);
        Assert.Equal(2, (await run).Added);
    }

    private async IAsyncEnumerable<ArticleReadResult> Gated(TaskCompletionSource firstStored, TaskCompletionSource release,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return Read(0);
        firstStored.SetResult();
        await release.Task.WaitAsync(cancellationToken);
        yield return Read(1);
    }

    /// <summary>
    /// Takes state.db's write lock, waiting at most a second (the driver's busy retry follows the command timeout), and
    /// counts the stored articles; null when the lock stays held.
    /// </summary>
    private long? CountStoredWithoutWaiting()
    {
        using var connection = new SqliteConnection($"Data Source={_folder.Combine("data", "state.db")};Pooling=False;Default Timeout=1");
        connection.Open();
        try
        {
            Execute(connection, "BEGIN IMMEDIATE;");
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 5) // SQLITE_BUSY
        {
            return null;
        }
        var count = (long)Execute(connection, "SELECT COUNT(*) FROM articles WHERE removed = 0;")!;
        Execute(connection, "ROLLBACK;");
        return count;
    }

    private static object? Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    [Fact]
    public async Task A_near_copy_later_in_the_same_batch_is_a_near_duplicate_of_the_earlier_article()
    {
        using var engine = new EngineFixture(_folder);
        string[] wire =
        [
            "The central bank raised its key interest rate by a quarter of a percentage point on Wednesday, the third increase this year.",
            "Governor Elena Marsh said inflation had proved more stubborn than expected and that further rises could not be ruled out.",
            "Mortgage lenders are expected to pass the increase on to borrowers within weeks, adding to pressure on household budgets.",
            "Economists had been divided on the decision, with several arguing that the economy was already slowing sharply.",
        ];
        var copy = wire.ToArray();
        copy[3] = "Economists had been split on the decision, several arguing the economy was already slowing sharply.";
        ArticleReadResult Story(string id, string title, string[] paragraphs) =>
            ArticleReadResult.Ok(id, new Article { Id = id, Title = title, Language = "en", Paragraphs = paragraphs });

        var report = await engine.Ingestion.IngestResultsAsync(
            new[] { Story("wire/rates", "Rates rise again", wire), Read(2), Story("paper/rates", "Bank lifts rates", copy) }.ToAsyncEnumerable(),
            CancellationToken.None);

        Assert.Equal(2, report.Added);
        var duplicate = Assert.Single(report.DuplicateDetails);
        Assert.Equal(("paper/rates", "wire/rates", false), (duplicate.ArticleId, duplicate.DuplicateOf, duplicate.Exact));
    }

    public void Dispose() => _folder.Dispose();
}
