namespace Briefing.Core.Articles;

/// <summary>What a folder holds: files a parser can read, and files skipped because no parser reads them.</summary>
/// <param name="Files">Supported files, full paths, sorted ordinally (so ingest order and ids are reproducible).</param>
/// <param name="Unsupported">Skipped files (unknown extension, or README/LICENSE notes beside the articles).</param>
public sealed record FolderListing(IReadOnlyList<string> Files, IReadOnlyList<string> Unsupported)
{
    /// <summary>Why the listing is incomplete (a depth or file-count bound was hit); empty when it is whole.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
