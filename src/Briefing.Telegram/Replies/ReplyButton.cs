namespace Briefing.Telegram.Replies;

/// <summary>
/// An inline button. <see cref="CallbackData"/> is <c>"command:argument"</c> (at most 64 bytes, Telegram's limit):
/// pressing it runs that command with that argument in the same chat.
/// </summary>
public sealed record ReplyButton(string Text, string CallbackData)
{
    public const int MaxCallbackDataBytes = 64;
}
