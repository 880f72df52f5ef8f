using System.Diagnostics;

namespace Briefing.Core.Diagnostics;

/// <summary>
/// The trace spans of one answer (answer → retrieve → generate → verify, then send in the chat layer). Nothing is
/// recorded unless a listener (the web host's OpenTelemetry tracing, when an OTLP endpoint is configured) samples them.
/// </summary>
public static class BriefingActivities
{
    public const string SourceName = "Briefing";

    public static readonly ActivitySource Source = new(SourceName);
}
