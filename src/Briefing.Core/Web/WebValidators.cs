namespace Briefing.Core.Web;

/// <summary>What a server said about a resource last time, sent back for a conditional GET.</summary>
public sealed record WebValidators(string? ETag, DateTimeOffset? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}
