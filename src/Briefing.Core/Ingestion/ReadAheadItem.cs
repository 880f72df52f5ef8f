namespace Briefing.Core.Ingestion;

/// <summary>One step of <see cref="ArticleReadAhead"/>: an article of input <see cref="Input"/>, or (null) that input is done.</summary>
internal readonly record struct ReadAheadItem(int Input, PreparedArticle? Article);
