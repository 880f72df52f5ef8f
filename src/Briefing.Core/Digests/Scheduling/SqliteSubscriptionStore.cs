using System.Globalization;
using Briefing.Core.State;
using Dapper;

namespace Briefing.Core.Digests.Scheduling;

/// <summary>
/// Digest subscriptions in <c>state.db</c> (table <c>digest_subscriptions</c>, migration <c>0002_digest_subscriptions</c>). The last sent local date is claimed
/// atomically before sending, so two scheduler instances or a restart mid-send can never send a chat two digests
/// on one local day.
/// </summary>
public sealed class SqliteSubscriptionStore : ISubscriptionStore
{
    private const string Columns =
        "chat_id AS ChatId, send_at AS SendAt, time_zone AS TimeZone, language AS Language, last_sent_date AS LastSentDate";

    private readonly StateDatabase _database;
    private readonly TimeProvider _time;

    public SqliteSubscriptionStore(StateDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>
    /// Creates or changes a chat's subscription. A time already past today counts from tomorrow (no surprise digest
    /// on subscribing); a digest already sent today stays the only one today.
    /// </summary>
    public Subscription Subscribe(long chatId, TimeOnly sendAt, TimeZoneInfo zone, string language)
    {
        var now = _time.GetUtcNow();
        var subscription = Subscription.Starting(chatId, sendAt, zone, language, now, Find(chatId)?.LastSentDate);
        Execute("""
            INSERT INTO digest_subscriptions (chat_id, send_at, time_zone, language, last_sent_date, updated_utc)
            VALUES (@chatId, @at, @zone, @language, @sent, @now)
            ON CONFLICT(chat_id) DO UPDATE SET send_at = @at, time_zone = @zone, language = @language,
                last_sent_date = @sent, updated_utc = @now;
            """, new
            {
                chatId,
                at = SubscriptionRow.FormatTime(subscription.SendAt),
                zone = zone.Id,
                language,
                sent = SubscriptionRow.FormatDate(subscription.LastSentDate),
                now = now.ToString("O", CultureInfo.InvariantCulture),
            });
        return subscription;
    }

    /// <summary>True when the chat had a subscription.</summary>
    public bool Unsubscribe(long chatId) => Execute("DELETE FROM digest_subscriptions WHERE chat_id = @chatId;", new { chatId }) > 0;

    public Subscription? Find(long chatId) => Query($"SELECT {Columns} FROM digest_subscriptions WHERE chat_id = @chatId;", new { chatId }).FirstOrDefault();

    public IReadOnlyList<Subscription> All() => Query($"SELECT {Columns} FROM digest_subscriptions ORDER BY chat_id;", null);

    /// <summary>Marks <paramref name="localDate"/> as sent for the chat unless it (or a later date) already is; true when this caller won.</summary>
    public bool TryClaim(long chatId, DateOnly localDate) => Execute("""
        UPDATE digest_subscriptions SET last_sent_date = @date
        WHERE chat_id = @chatId AND (last_sent_date IS NULL OR last_sent_date < @date);
        """, new { chatId, date = SubscriptionRow.FormatDate(localDate) }) == 1;

    /// <summary>Gives a claim back after a delivery that sent nothing, so the digest is tried again the same day.</summary>
    public void Release(long chatId, DateOnly claimed, DateOnly? previous) => Execute("""
        UPDATE digest_subscriptions SET last_sent_date = @previous WHERE chat_id = @chatId AND last_sent_date = @date;
        """, new { chatId, date = SubscriptionRow.FormatDate(claimed), previous = SubscriptionRow.FormatDate(previous) });

    private int Execute(string sql, object parameters)
    {
        using var connection = _database.Open();
        return connection.Execute(sql, parameters);
    }

    private List<Subscription> Query(string sql, object? parameters)
    {
        using var connection = _database.Open();
        return connection.Query<SubscriptionRow>(sql, parameters).Select(row => row.ToSubscription()).ToList();
    }
}
