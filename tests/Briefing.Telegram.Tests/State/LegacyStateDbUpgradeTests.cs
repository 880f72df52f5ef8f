using Briefing.Core.State;
using Briefing.Telegram.Answers;
using Briefing.Telegram.Polling;
using Briefing.Telegram.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Telegram.Tests.State;

/// <summary>The Telegram stores' rows in a state.db written before versioned migrations survive the upgrade.</summary>
public sealed class LegacyStateDbUpgradeTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 22, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Stored_answers_and_the_polling_offset_are_found_after_the_upgrade()
    {
        var database = new StateDatabase(WriteLegacyStateDb());

        var answer = new SqliteAnswerStore(database, _time).Find("telegram:42", "a1b2c3d4e5f6");
        Assert.NotNull(answer);
        Assert.Equal("news/comet#p0", Assert.Single(answer.Citations).PassageId);
        Assert.Null(new SqliteAnswerStore(database, _time).Find("telegram:7", "a1b2c3d4e5f6"));
        Assert.Equal(9002, new SqliteUpdateOffsetStore(database, _time).NextOffset("123456"));
    }

    private string WriteLegacyStateDb()
    {
        var path = System.IO.Path.Combine(_folder.Path, "state.db");
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "State", "Fixtures", "state-db-before-migrations.sql"));
        command.ExecuteNonQuery();
        return path;
    }

    public void Dispose() => _folder.Dispose();
}
