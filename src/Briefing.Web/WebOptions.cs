namespace Briefing.Web;

/// <summary>The <c>Web</c> section: the HTTP host with the prompt lab, health checks and metrics.</summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Start the web host with <c>run</c> too (<c>lab</c> always starts it).</summary>
    public bool Enabled { get; set; }

    /// <summary>Where Kestrel listens, separated by ';'. Loopback only unless <see cref="AllowRemote"/>.</summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>
    /// The lab writes prompt files and runs evaluations and has no login: it listens on other interfaces only when
    /// this is set explicitly (put it behind a reverse proxy with authentication then).
    /// </summary>
    public bool AllowRemote { get; set; }

    /// <summary>OTLP endpoint for traces (e.g. http://127.0.0.1:4317); empty → traces are not exported. <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> works too.</summary>
    public string? OtlpEndpoint { get; set; }

    public IReadOnlyList<string> UrlList =>
        Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
