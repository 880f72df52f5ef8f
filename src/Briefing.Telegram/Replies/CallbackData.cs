namespace Briefing.Telegram.Replies;

/// <summary>The <c>"command:argument"</c> format of inline button data.</summary>
public static class CallbackData
{
    public static string Create(string command, string argument) => $"{command}:{argument}";

    public static (string Command, string Argument) Parse(string? data)
    {
        if (string.IsNullOrEmpty(data)) return ("", "");
        var colon = data.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (data, "") : (data[..colon], data[(colon + 1)..]);
    }
}
