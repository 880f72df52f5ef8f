using Briefing.Storage.Postgres;
using Briefing.Storage.Tests.Support;
using Briefing.Telegram.Configuration;
using Briefing.Telegram.Conversation;
using Dapper;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Briefing.Storage.Tests.Telegram;

/// <summary>
/// Issue 13: the per-user question limit holds for instances on one database together. Each "instance" is its own
/// <see cref="QuestionRateLimiter"/> over its own connection pool to the throwaway cluster; one fake clock moves the window.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class QuestionLimitAcrossInstancesTests(PostgresCluster cluster) : IDisposable
{
    private const int Limit = 3;
    private readonly string _connectionString = cluster.CreateDatabase("questionlimit");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
    private readonly List<PostgresDatabase> _databases = [];

    [Fact]
    public void Questions_of_one_user_count_together_whichever_instance_takes_them()
    {
        var first = Instance();
        var second = Instance();

        Assert.True(first.TryAcquire("user:7"));
        Assert.True(second.TryAcquire("user:7"));
        Assert.True(first.TryAcquire("user:7"));
        Assert.False(second.TryAcquire("user:7")); // the fourth within the minute, though this instance saw one
        Assert.False(first.TryAcquire("user:7"));
        Assert.True(second.TryAcquire("user:8"));  // other users have their own window

        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(second.TryAcquire("user:7"));
        _time.Advance(TimeSpan.FromSeconds(1));    // the first three are a minute old
        Assert.True(second.TryAcquire("user:7"));
    }

    [Fact]
    public async Task Instances_taking_one_users_questions_at_the_same_moment_grant_no_more_than_the_limit()
    {
        var instances = new[] { Instance(), Instance() };

        var granted = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => instances[i % 2].TryAcquire("user:9"))));

        Assert.Equal(Limit, granted.Count(g => g));
    }

    /// <summary>
    /// A sender's row goes once all their questions are older than the window (each instance looks once a minute), so
    /// the table holds the recent askers, not every user the bot ever had; a sender still within the window keeps theirs.
    /// </summary>
    [Fact]
    public void Windows_whose_questions_are_all_older_than_a_minute_are_deleted()
    {
        var instance = Instance();
        Assert.True(instance.TryAcquire("user:1"));
        _time.Advance(TimeSpan.FromSeconds(45));
        Assert.True(instance.TryAcquire("user:2"));
        Assert.Equal(["user:1", "user:2"], Senders());

        _time.Advance(TimeSpan.FromSeconds(46)); // user:1 asked 91 s ago, user:2 46 s ago
        Assert.True(instance.TryAcquire("user:3"));

        Assert.Equal(["user:2", "user:3"], Senders());
        Assert.True(instance.TryAcquire("user:1")); // a pruned user starts a new window
        Assert.Equal(["user:1", "user:2", "user:3"], Senders());
    }

    private List<string> Senders()
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        return connection.Query<string>("SELECT sender FROM telegram_question_windows ORDER BY sender").ToList();
    }

    private QuestionRateLimiter Instance()
    {
        var database = new PostgresDatabase(_connectionString);
        _databases.Add(database);
        return new QuestionRateLimiter(Options.Create(new TelegramOptions { MaxQuestionsPerMinute = Limit }), _time, new PostgresQuestionWindows(database));
    }

    public void Dispose()
    {
        foreach (var database in _databases) database.Dispose();
    }
}
