using Briefing.Storage.Postgres;
using Briefing.Storage.Tests.Support;
using Briefing.Telegram.Configuration;
using Briefing.Telegram.Conversation;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

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
