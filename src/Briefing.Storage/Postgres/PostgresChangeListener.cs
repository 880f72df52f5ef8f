using Microsoft.Extensions.Logging;
using Npgsql;

namespace Briefing.Storage.Postgres;

/// <summary>
/// LISTEN on <see cref="PostgresArticleStore.ChangeChannel"/> over a connection of its own: <see cref="WaitAsync"/> returns
/// early when another instance (or this one) committed an article change. Losing the connection is not fatal — the
/// caller polls anyway — and the next wait tries to listen again.
/// </summary>
internal sealed class PostgresChangeListener(PostgresDatabase database, ILogger logger) : IAsyncDisposable
{
    private NpgsqlConnection? _connection;
    private bool _warned;

    /// <summary>Waits up to <paramref name="timeout"/>; true when a change notification arrived.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (await ListeningConnectionAsync(cancellationToken) is not { } connection)
        {
            await Task.Delay(timeout, cancellationToken);
            return false;
        }
        try
        {
            // Notifications that arrived while the caller was busy are already buffered: this returns at once then.
            return await connection.WaitAsync(timeout, cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException)
        {
            Warn(e);
            await DropAsync();
            return false;
        }
    }

    private async Task<NpgsqlConnection?> ListeningConnectionAsync(CancellationToken cancellationToken)
    {
        if (_connection is not null) return _connection;
        try
        {
            var connection = await database.OpenAsync(cancellationToken);
            await using (var listen = new NpgsqlCommand($"LISTEN {PostgresArticleStore.ChangeChannel}", connection))
                await listen.ExecuteNonQueryAsync(cancellationToken);
            _connection = connection;
            _warned = false;
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException)
        {
            Warn(e);
            return null;
        }
    }

    private void Warn(Exception e)
    {
        if (_warned) return;
        _warned = true;
        logger.LogWarning("Not listening for article changes ({Message}); the index replica polls instead", e.Message);
    }

    private async Task DropAsync()
    {
        if (_connection is null) return;
        await _connection.DisposeAsync();
        _connection = null;
    }

    public ValueTask DisposeAsync() => new(DropAsync());
}
