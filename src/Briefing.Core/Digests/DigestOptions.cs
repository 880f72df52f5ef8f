using System.ComponentModel.DataAnnotations;

namespace Briefing.Core.Digests;

/// <summary>The <c>Digest</c> configuration section.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>IANA time zone that defines "a day" when a request names none.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>When true, anyone may request a digest on Telegram; otherwise only staff (subscriptions are open to all).</summary>
    public bool OpenToAll { get; set; }

    /// <summary>Most stories a digest lists (the highest ranked).</summary>
    [Range(1, 100, ErrorMessage = "Digest:MaxStories must be between 1 and 100.")]
    public int MaxStories { get; set; } = 10;

    /// <summary>Most sentences in a story's summary.</summary>
    [Range(1, 3, ErrorMessage = "Digest:MaxSummarySentences must be between 1 and 3.")]
    public int MaxSummarySentences { get; set; } = 3;

    /// <summary>How often the scheduler looks for due subscriptions at the latest (it also wakes at each next due time).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Digest:SchedulerPollInterval must be between 00:00:01 and 01:00:00.")]
    public TimeSpan SchedulerPollInterval { get; set; } = TimeSpan.FromMinutes(1);
}
