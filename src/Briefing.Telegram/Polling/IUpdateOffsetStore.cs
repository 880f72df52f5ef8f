namespace Briefing.Telegram.Polling;

/// <summary>
/// The last update id taken from Telegram, per bot, and when. It is saved before the updates are handled, so after
/// a crash or restart no update is answered twice.
/// </summary>
public interface IUpdateOffsetStore
{
    /// <summary>
    /// Telegram keeps unconfirmed updates for 24 hours, and after a week without updates it may continue with a
    /// random, lower update id. An offset older than this can therefore only hide new updates: it is not used.
    /// </summary>
    static readonly TimeSpan MaxUsefulAge = TimeSpan.FromHours(24);

    /// <summary>The offset for the next getUpdates: one past the last update taken, or null to take everything pending.</summary>
    int? NextOffset(string botId);

    void SaveLastUpdateId(string botId, int updateId);
}
