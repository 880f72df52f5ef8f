using Briefing.Core.Articles;
using Briefing.Core.Storage;
using Briefing.Core.Search;
using Microsoft.Extensions.Logging;

namespace Briefing.Core.Ingestion;

/// <summary>
/// Brings the derived state up to the article store, the system of record: the search index (and near-duplicate
/// signatures) get every change after the sequence the last index commit recorded. After a crash this re-derives
/// exactly what the interrupted run had stored but not yet committed to the index. Runs under the data folder's
/// write lock; a store that predates the index's articles (an older data folder) is filled from the index first.
/// </summary>
public sealed class IndexCatchUp(
    IArticleStore store,
    INewsIndex index,
    ILogger<IndexCatchUp> logger,
    INearDuplicateDetector? nearDuplicates = null)
{
    private const int Page = 500;
    private readonly INearDuplicateDetector? _nearDuplicates = nearDuplicates;

    /// <summary>Applies the store's changes the index lacks; returns how many.</summary>
    public int Run()
    {
        // One look-up of the store's last change (a round trip in Postgres mode, where a replica runs this per wake-up).
        var last = store.LastSequence;
        if (last == 0)
        {
            AdoptIndexedArticles();
            last = store.LastSequence;
        }
        var committed = index.CommittedSequence;
        if (committed == 0 && last > 0)
        {
            // No index (a new instance's empty folder, or one deleted): rebuilt whole from the store. Rebuild rather
            // than add, so searchers open afresh on the new files instead of matching old segment names.
            logger.LogInformation("The index has no recorded changes: building it from the {Count} stored changes", last);
            return Rebuild();
        }
        if (committed > 0 && !index.AnalysisIsCurrent)
        {
            // Written by an older version whose analysis indexed other terms for the same text (before German verb
            // forms' infinitives): adding new articles beside old ones would rank the two kinds differently.
            logger.LogInformation("The index was built by an older text analysis: rebuilding it from the {Count} stored changes", last);
            return Rebuild();
        }
        if (committed > last)
        {
            // The index reflects more changes than the store ever numbered: it was built from another store (a data
            // folder moved between SQLite and PostgreSQL, or to another database), so it is rebuilt from this one.
            logger.LogWarning("The index reflects change {Committed} but the article store is at {Last}: rebuilding it from the store", committed, last);
            return Rebuild();
        }
        if (committed == last) return 0; // nothing stored after the last index commit
        var applied = Apply(committed, batched: true);
        if (applied > 0) logger.LogInformation("Caught the index up with {Count} stored changes it lacked", applied);
        return applied;
    }

    /// <summary>
    /// Applies a change this process has just stored as <paramref name="sequence"/>: directly (<paramref name="applyDirectly"/>)
    /// when it is the next change the index lacks. Otherwise another process sharing the store (a second instance on
    /// PostgreSQL) wrote in between, and the index catches up through all of them in sequence order, this one included:
    /// marking this sequence applied directly would skip the others for good.
    /// </summary>
    public void Follow(long sequence, Action applyDirectly)
    {
        var applied = index.AppliedSequence;
        if (sequence <= applied) return; // already applied by a catch-up
        if (sequence == applied + 1)
        {
            applyDirectly();
            index.MarkApplied(sequence);
            return;
        }
        Apply(applied, batched: false); // inside the ingest's own store batch
    }

    /// <summary>
    /// <see cref="Follow(long, Action)"/> for a run whose index writes go through <paramref name="stage"/>: compared with
    /// what the stage will have applied once its queue has run, and <paramref name="queueDirectly"/> hands the change on
    /// (the index thread marks it applied). A gap (another writer stored in between) waits for the queue to run, then
    /// catches up through the store on this flow as <see cref="Follow(long, Action)"/> does.
    /// </summary>
    internal void Follow(long sequence, IndexWriterStage stage, Action queueDirectly)
    {
        var applied = stage.AppliedOrQueued;
        if (sequence <= applied) return;
        if (sequence == applied + 1)
        {
            queueDirectly();
            return;
        }
        stage.WaitUntilIdle();
        Apply(index.AppliedSequence, batched: false);
        stage.WaitUntilIdle(); // takes the index's applied sequence after the catch-up
    }

    /// <summary><c>reindex</c>: an empty index, then every stored article again (and its near-duplicate signature).</summary>
    public int Rebuild()
    {
        index.DeleteAll();
        return Apply(0, batched: true);
    }

    /// <summary>
    /// Applies the changes after <paramref name="after"/> a page at a time. <paramref name="batched"/>: the page's
    /// re-derived near-duplicate signatures go to the store in one transaction (committed before the index records the
    /// page), instead of one transaction per article.
    /// </summary>
    private int Apply(long after, bool batched)
    {
        var applied = 0;
        while (store.ChangesAfter(after, Page) is { Count: > 0 } changes)
        {
            using var batch = batched ? store.BeginWriteBatch() : null;
            foreach (var change in changes)
            {
                if (change.Current is { } stored) Upsert(stored);
                else index.Delete(change.ArticleId);
                index.MarkApplied(change.Sequence);
                applied++;
            }
            batch?.Commit();
            index.Commit();
            after = changes[^1].Sequence;
        }
        return applied;
    }

    private void Upsert(StoredArticle stored)
    {
        var passages = PassageChunker.Chunk(stored.Article);
        if (passages.Count == 0) return;
        index.Upsert(stored.Article, passages, stored.ContentHash);
        // The signature is re-derived with the article: one lost with a crash comes back here.
        _nearDuplicates?.Remember(stored.Article);
    }

    /// <summary>A data folder from before the store kept text: its index is the only copy, so the store learns it.</summary>
    private void AdoptIndexedArticles()
    {
        var adopted = 0;
        foreach (var indexed in index.AllArticles())
        {
            index.MarkApplied(store.Save(indexed.Article, indexed.ContentHash));
            adopted++;
        }
        if (adopted == 0) return;
        index.Commit();
        logger.LogInformation("The article store adopted the {Count} articles of an index that predates it", adopted);
    }
}
