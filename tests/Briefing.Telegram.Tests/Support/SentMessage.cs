namespace Briefing.Telegram.Tests.Support;

/// <summary>A message the fake Bot API accepted: its HTML, the text a user sees, its inline buttons and when it arrived (<see cref="System.Diagnostics.Stopwatch"/> ticks, for benchmarks).</summary>
public sealed record SentMessage(long ChatId, int MessageId, string Html, string Text, IReadOnlyList<(string Text, string Data)> Buttons, long ArrivedAt = 0);
