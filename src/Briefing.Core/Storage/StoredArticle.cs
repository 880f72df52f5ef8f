using Briefing.Core.Articles;

namespace Briefing.Core.Storage;

/// <summary>An article as the store keeps it: its text, the hash of that text, and the change that wrote it.</summary>
public sealed record StoredArticle(Article Article, string ContentHash, long Sequence);
