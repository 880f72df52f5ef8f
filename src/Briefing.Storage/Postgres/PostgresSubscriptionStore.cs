using Briefing.Core.Digests.Scheduling;
using Dapper;

namespace Briefing.Storage.Postgres;

/// <summary>
/// <see cref="ISubscriptionStore"/> on PostgreSQL (migration <c>0002_digest_subscriptions</c>). The claim is one
/// conditional UPDATE: however many instances run the scheduler, one wins each chat's local day.
/// </summary>
public sealed class PostgresSubscriptionStore(PostgresDatabase database, TimeProvider time) : ISubscriptionStore
{
    private const string Columns =
        "chat_id AS ChatId, send_at AS SendAt, time_zone AS TimeZone, language AS Language, last_sent_date::text AS LastSentDate";

    public Subscription Subscribe(long chatId, TimeOnly sendAt, TimeZoneInfo zone, string language)
    {
        var now = time.GetUtcNow();
        var subscription = Subscription.Starting(chatId, sendAt, zone, language, now, Find(chatId)?.LastSentDate);
        Execute("""
            INSERT INTO digest_subscriptions (chat_id, send_at, time_zone, language, last_sent_date, updated_utc)
            VALUES (@chatId, @at, @zone, @language, @sent::date, @now)
            ON CONFLICT (chat_id) DO UPDATE SET send_at = excluded.send_at, time_zone = excluded.time_zone,
                language = excluded.language, last_sent_date = excluded.last_sent_date, updated_utc = excluded.updated_utc
            """, new
            {
                chatId,
                at = SubscriptionRow.FormatTime(subscription.SendAt),
                zone = zone.Id,
                language,
                sent = SubscriptionRow.FormatDate(subscription.LastSentDate),
                now = now.UtcDateTime,
            });
        return subscription;
    }

    public bool Unsubscribe(long chatId) => Execute("DELETE FROM digest_subscriptions WHERE chat_id = @chatId", new { chatId }) > 0;

    public Subscription? Find(long chatId) =>
        Query($"SELECT {Columns} FROM digest_subscriptions WHERE chat_id = @chatId", new { chatId }).FirstOrDefault();

    public IReadOnlyList<Subscription> All() => Query($"SELECT {Columns} FROM digest_subscriptions ORDER BY chat_id", null);

    public bool TryClaim(long chatId, DateOnly localDate) => Execute("""
        UPDATE digest_subscriptions SET last_sent_date = @date::date
        WHERE chat_id = @chatId AND (last_sent_date IS NULL OR last_sent_date < @date::date)
        """, new { chatId, date = SubscriptionRow.FormatDate(localDate) }) == 1;

    public void Release(long chatId, DateOnly claimed, DateOnly? previous) => Execute("""
        UPDATE digest_subscriptions SET last_sent_date = @previous::date WHERE chat_id = @chatId AND last_sent_date = @date::date
        """, new { chatId, date = SubscriptionRow.FormatDate(claimed), previous = SubscriptionRow.FormatDate(previous) });

    private int Execute(string sql, object parameters)
    {
        using var connection = database.Open();
        return connection.Execute(sql, parameters);
    }

    private List<Subscription> Query(string sql, object? parameters)
    {
        using var connection = database.Open();
        return connection.Query<SubscriptionRow>(sql, parameters).Select(row => row.ToSubscription()).ToList();
    }
}
