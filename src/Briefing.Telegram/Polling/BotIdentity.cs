namespace Briefing.Telegram.Polling;

/// <summary>The bot's own id and user name (from getMe at start-up), needed to tell whether a group message addresses it.</summary>
public sealed class BotIdentity
{
    public long Id { get; private set; }
    public string? Username { get; private set; }

    public void Set(long id, string? username)
    {
        Id = id;
        Username = username;
    }
}
