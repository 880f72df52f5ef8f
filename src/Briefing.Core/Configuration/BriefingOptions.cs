using System.ComponentModel.DataAnnotations;

namespace Briefing.Core.Configuration;

/// <summary>The <c>Briefing</c> configuration section.</summary>
public sealed class BriefingOptions
{
    public const string SectionName = "Briefing";

    /// <summary>Where the index and the state live; relative paths are resolved against the working directory.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Briefing:DataDir must name a folder.")]
    public string DataDir { get; set; } = "data";

    /// <summary>Largest input file (or downloaded body) accepted, in bytes.</summary>
    [Range(1, long.MaxValue, ErrorMessage = "Briefing:MaxInputBytes must be a positive number of bytes.")]
    public long MaxInputBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Longest question accepted; longer ones are cut, not refused.</summary>
    [Range(10, 100_000, ErrorMessage = "Briefing:MaxQuestionChars must be between 10 and 100000.")]
    public int MaxQuestionChars { get; set; } = 1_000;

    /// <summary>Passages retrieved per question.</summary>
    [Range(1, 50, ErrorMessage = "Briefing:TopPassages must be between 1 and 50.")]
    public int TopPassages { get; set; } = 8;

    /// <summary>Articles published (or, when unknown, ingested) longer ago than this many days are removed once a day
    /// while <c>run</c> is up; unset keeps them forever.</summary>
    [Range(1, 36_500, ErrorMessage = "Briefing:RetentionDays must be a whole number of days from 1 to 36500; leave it unset to keep articles forever.")]
    public int? RetentionDays { get; set; }

    /// <summary>Deepest folder nesting read below an ingested folder (a bound against link mazes).</summary>
    [Range(1, 1_000, ErrorMessage = "Briefing:MaxFolderDepth must be between 1 and 1000.")]
    public int MaxFolderDepth { get; set; } = 32;

    /// <summary>Most files read from one ingested folder.</summary>
    [Range(1, 10_000_000, ErrorMessage = "Briefing:MaxFolderFiles must be between 1 and 10000000.")]
    public int MaxFolderFiles { get; set; } = 100_000;

    /// <summary>How long a write (ingest, feed poll, reindex) waits while another process writes to the same data folder.</summary>
    [Range(0, 86_400, ErrorMessage = "Briefing:WriterWaitSeconds must be between 0 and 86400.")]
    public double WriterWaitSeconds { get; set; } = 120;

    /// <summary>Full path of <see cref="DataDir"/>.</summary>
    /// <summary>Counts articles mostly contained in an indexed one as duplicates (MinHash); read by <c>Composition/ActiveImplementations</c>.</summary>
    public bool DetectNearDuplicates { get; set; } = true;

    public string DataDirFullPath => Path.GetFullPath(DataDir, Environment.CurrentDirectory);
}
