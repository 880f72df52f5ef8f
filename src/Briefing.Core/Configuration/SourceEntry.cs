namespace Briefing.Core.Configuration;

/// <summary>One entry of <c>Briefing:Sources</c>: a path or URL, and for feeds how often to poll.</summary>
public sealed record SourceEntry(string Location, TimeSpan? Every = null)
{
    public bool IsUrl => Location.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                         || Location.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
