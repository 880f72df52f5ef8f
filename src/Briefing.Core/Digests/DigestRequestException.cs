namespace Briefing.Core.Digests;

/// <summary>A digest request that cannot be served as asked (unknown time zone, malformed date); the message is for the user.</summary>
public sealed class DigestRequestException(string message) : Exception(message);
