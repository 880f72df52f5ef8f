namespace Briefing.Core.Articles;

/// <summary>What a reader made of one input (a file, a JSONL line, a URL, a feed item): an article or a rejection.</summary>
public sealed record ArticleReadResult
{
    public Article? Article { get; init; }
    /// <summary>The input as the user named it (path, "file.jsonl:17", URL).</summary>
    public required string Input { get; init; }
    /// <summary>Why the input was rejected; null when <see cref="Article"/> is set.</summary>
    public string? RejectionReason { get; init; }

    public static ArticleReadResult Ok(string input, Article article) => new() { Input = input, Article = article };
    public static ArticleReadResult Rejected(string input, string reason) => new() { Input = input, RejectionReason = reason };
}
