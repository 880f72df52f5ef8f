namespace Briefing.Telegram.Conversation;

/// <summary>A file sent to the bot; the bytes are fetched only after the size and type checks pass.</summary>
public sealed record IncomingDocument(string FileId, string? FileName, long? Size);
