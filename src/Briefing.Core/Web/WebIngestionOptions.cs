using System.ComponentModel.DataAnnotations;

namespace Briefing.Core.Web;

/// <summary>The <c>Ingestion</c> configuration section: limits and safety rules for fetching web pages and feeds.</summary>
public sealed class WebIngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>
    /// Allows requests to loopback, private, link-local and cloud metadata addresses. Off by default so that a
    /// link sent by a user cannot make the bot probe the network it runs in (SSRF); tests turn it on.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Time allowed for one whole fetch (every redirect hop and the body).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "Ingestion:RequestTimeout must be between 00:00:00.1 and 00:10:00.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(0, 10, ErrorMessage = "Ingestion:MaxRedirects must be between 0 and 10.")]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Items read from one feed per fetch; a longer feed is cut with a reason.</summary>
    [Range(1, 100_000, ErrorMessage = "Ingestion:MaxFeedItems must be between 1 and 100000.")]
    public int MaxFeedItems { get; set; } = 500;

    /// <summary>Retries of a request that failed transiently (connection error, 5xx, 408, 429).</summary>
    [Range(0, 5, ErrorMessage = "Ingestion:Retries must be between 0 and 5.")]
    public int Retries { get; set; } = 2;

    /// <summary>
    /// Instances on one database: how long an instance holds a feed it is polling. Another instance polls the feed
    /// only once its next interval is due, or once this lease has run out (the instance died mid-poll).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00", ErrorMessage = "Ingestion:FeedPollLease must be between 00:00:10 and 1.00:00:00.")]
    public TimeSpan FeedPollLease { get; set; } = TimeSpan.FromMinutes(10);

    [Required(AllowEmptyStrings = false, ErrorMessage = "Ingestion:UserAgent must not be empty.")]
    public string UserAgent { get; set; } = "BriefingBot/1.0 (+https://github.com/briefing; news briefing bot)";
}
