namespace Briefing.Telegram.Conversation;

/// <summary>A parsed <c>/name@bot arguments</c> message.</summary>
public sealed record CommandLine(string Name, string? BotName, string Arguments)
{
    /// <summary>Parses a command message; null when the text is not a command.</summary>
    public static CommandLine? TryParse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text[0] != '/' || text.Length < 2 || char.IsWhiteSpace(text[1])) return null;
        var end = 1;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        var head = text[1..end];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        var name = (at < 0 ? head : head[..at]).ToLowerInvariant();
        var botName = at < 0 ? null : head[(at + 1)..];
        return new CommandLine(name, botName, text[end..].Trim());
    }
}
