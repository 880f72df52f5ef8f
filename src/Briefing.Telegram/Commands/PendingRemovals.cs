using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Briefing.Telegram.Commands;

/// <summary>
/// Removals waiting for their confirmation button. A button carries a short token, never the article id (ids are
/// URLs, longer than Telegram's 64-byte callback data); a token is good once, in its own chat, for <see cref="Lifetime"/>.
/// </summary>
internal sealed class PendingRemovals(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Pending> _pending = new(StringComparer.Ordinal);

    public string Add(string conversationId, string articleId)
    {
        var now = time.GetUtcNow();
        foreach (var (token, stale) in _pending)
            if (stale.Expires <= now) _pending.TryRemove(token, out _);
        var fresh = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        _pending[fresh] = new Pending(conversationId, articleId, now + Lifetime);
        return fresh;
    }

    /// <summary>Whether the token waits for an answer in this conversation.</summary>
    public bool IsPending(string token, string conversationId) =>
        _pending.TryGetValue(token, out var pending) && pending.ConversationId == conversationId && pending.Expires > time.GetUtcNow();

    /// <summary>The article id the token stands for, once; null when unknown, used, expired or from another chat.</summary>
    public string? Take(string token, string conversationId)
    {
        if (!_pending.TryGetValue(token, out var pending) || pending.ConversationId != conversationId) return null;
        if (!_pending.TryRemove(token, out _)) return null;
        return pending.Expires > time.GetUtcNow() ? pending.ArticleId : null;
    }

    private sealed record Pending(string ConversationId, string ArticleId, DateTimeOffset Expires);
}
