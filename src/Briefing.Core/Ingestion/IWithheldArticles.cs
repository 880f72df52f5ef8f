using Briefing.Core.Articles;

namespace Briefing.Core.Ingestion;

/// <summary>
/// Articles staff removed (tombstones): a scheduled ingest skips an article while its id and body text are the ones
/// that were removed. Optional: ingestion runs without it.
/// </summary>
public interface IWithheldArticles
{
    bool IsWithheld(Article article);
}
