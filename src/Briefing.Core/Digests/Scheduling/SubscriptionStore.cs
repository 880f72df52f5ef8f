using System.Globalization;
using Briefing.Core.State;
using Microsoft.Data.Sqlite;

namespace Briefing.Core.Digests.Scheduling;

/// <summary>
/// Digest subscriptions in <c>state.db</c> (table <c>digest_subscriptions</c>). The last sent local date is claimed
/// atomically before sending, so two scheduler instances or a restart mid-send can never send a chat two digests
/// on one local day.
/// </summary>
public sealed class SubscriptionStore
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string Columns = "chat_id, send_at, time_zone, language, last_sent_date";

    private readonly StateDatabase _database;
    private readonly TimeProvider _time;

    public SubscriptionStore(StateDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
        database.EnsureSchema("""
            CREATE TABLE IF NOT EXISTS digest_subscriptions (
                chat_id INTEGER PRIMARY KEY,
                send_at TEXT NOT NULL,
                time_zone TEXT NOT NULL,
                language TEXT NOT NULL,
                last_sent_date TEXT NULL,
                updated_utc TEXT NOT NULL);
            """);
    }

    /// <summary>
    /// Creates or changes a chat's subscription. A time already past today counts from tomorrow (no surprise digest
    /// on subscribing); a digest already sent today stays the only one today.
    /// </summary>
    public Subscription Subscribe(long chatId, TimeOnly sendAt, TimeZoneInfo zone, string language)
    {
        var now = _time.GetUtcNow();
        var today = DayWindow.DateAt(now, zone);
        var previous = Find(chatId)?.LastSentDate;
        DateOnly? lastSent = now >= DayWindow.ToInstant(today, sendAt, zone) ? today : null;
        if (previous is { } sent && (lastSent is null || sent > lastSent)) lastSent = sent;
        var subscription = new Subscription(chatId, new TimeOnly(sendAt.Hour, sendAt.Minute), zone.Id, language, lastSent);
        Execute("""
            INSERT INTO digest_subscriptions (chat_id, send_at, time_zone, language, last_sent_date, updated_utc)
            VALUES ($chat, $at, $zone, $language, $sent, $now)
            ON CONFLICT(chat_id) DO UPDATE SET send_at = $at, time_zone = $zone, language = $language,
                last_sent_date = $sent, updated_utc = $now;
            """, ("$chat", chatId), ("$at", subscription.SendAt.ToString("HH:mm", CultureInfo.InvariantCulture)),
            ("$zone", zone.Id), ("$language", language), ("$sent", Format(lastSent)), ("$now", now.ToString("O", CultureInfo.InvariantCulture)));
        return subscription;
    }

    /// <summary>True when the chat had a subscription.</summary>
    public bool Unsubscribe(long chatId) => Execute("DELETE FROM digest_subscriptions WHERE chat_id = $chat;", ("$chat", chatId)) > 0;

    public Subscription? Find(long chatId) => Query($"SELECT {Columns} FROM digest_subscriptions WHERE chat_id = $chat;", ("$chat", chatId)).FirstOrDefault();

    public IReadOnlyList<Subscription> All() => Query($"SELECT {Columns} FROM digest_subscriptions ORDER BY chat_id;");

    /// <summary>Marks <paramref name="localDate"/> as sent for the chat unless it (or a later date) already is; true when this caller won.</summary>
    public bool TryClaim(long chatId, DateOnly localDate) => Execute("""
        UPDATE digest_subscriptions SET last_sent_date = $date
        WHERE chat_id = $chat AND (last_sent_date IS NULL OR last_sent_date < $date);
        """, ("$chat", chatId), ("$date", Format(localDate))) == 1;

    /// <summary>Gives a claim back after a delivery that sent nothing, so the digest is tried again the same day.</summary>
    public void Release(long chatId, DateOnly claimed, DateOnly? previous) => Execute("""
        UPDATE digest_subscriptions SET last_sent_date = $previous WHERE chat_id = $chat AND last_sent_date = $date;
        """, ("$chat", chatId), ("$date", Format(claimed)), ("$previous", Format(previous)));

    private static object Format(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? (object)DBNull.Value;

    private int Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = _database.Open();
        using var command = Prepare(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private List<Subscription> Query(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = _database.Open();
        using var command = Prepare(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var result = new List<Subscription>();
        while (reader.Read())
        {
            result.Add(new Subscription(
                reader.GetInt64(0),
                TimeOnly.ParseExact(reader.GetString(1), "HH:mm", CultureInfo.InvariantCulture),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : DateOnly.ParseExact(reader.GetString(4), DateFormat, CultureInfo.InvariantCulture)));
        }
        return result;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
