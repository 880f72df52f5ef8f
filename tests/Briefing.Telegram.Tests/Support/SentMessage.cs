namespace Briefing.Telegram.Tests.Support;

/// <summary>A message the fake Bot API accepted: its HTML, the text a user sees, and its inline buttons.</summary>
public sealed record SentMessage(long ChatId, int MessageId, string Html, string Text, IReadOnlyList<(string Text, string Data)> Buttons);
