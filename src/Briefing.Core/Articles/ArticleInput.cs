namespace Briefing.Core.Articles;

/// <summary>A decoded input file handed to an <see cref="IArticleFormatParser"/>.</summary>
/// <param name="Input">How the user named it (path or upload name), for messages.</param>
/// <param name="FileName">The file name with extension.</param>
/// <param name="Text">The decoded content.</param>
/// <param name="DefaultId">The id for an article that carries none of its own: "{parent folder}/{file stem}".</param>
public sealed record ArticleInput(string Input, string FileName, string Text, string DefaultId)
{
    /// <summary>The file's last write time, when it is a file on disk.</summary>
    public DateTimeOffset? LastModified { get; init; }
}
