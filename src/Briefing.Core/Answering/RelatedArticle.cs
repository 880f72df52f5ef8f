namespace Briefing.Core.Answering;

/// <summary>An article close to an abstained question, offered as "the closest coverage", never as the answer.</summary>
public sealed record RelatedArticle(string ArticleId, string Title, DateTimeOffset? Published);
