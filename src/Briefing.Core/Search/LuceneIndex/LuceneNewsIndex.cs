using Briefing.Core.Articles;
using Briefing.Core.Configuration;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Options;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// The embedded index: one Lucene.Net index under "{DataDir}/index" holding article documents (metadata,
/// paragraphs, content hash) and passage documents (BM25-searchable per language). A derived copy of the article
/// store: each commit records the store's change sequence it reflects (<see cref="CommittedSequence"/>).
/// The writer opens on the first write and closes in <see cref="ReleaseWriter"/>, so its exclusive lock is held only
/// while writing; readers never take it, and an index folder without an index reads as empty.
/// Writes are buffered in <see cref="_pending"/> until <see cref="Commit"/> so duplicate checks see them at once.
/// </summary>
public sealed class LuceneNewsIndex : INewsIndex, ITermStatistics
{
    private readonly LuceneDirectory _directory;
    private readonly LanguageAnalyzers _analyzers = new();
    private readonly PassageQueryBuilder _queryBuilder;
    private readonly SentenceEvidenceReranker _reranker;
    private readonly IndexSearchers _searchers;
    private readonly PendingWrites _pending = new();
    /// <summary>The writer's documents, made from one set of fields (used under <see cref="_writeLock"/>).</summary>
    private readonly ReusedDocumentFields _documents = new();
    private readonly TermStatisticsCache _statistics = new();
    private readonly object _writeLock = new();
    private IndexWriter? _writer;
    private long _appliedSequence;

    /// <summary>
    /// Documents or an applied sequence not yet committed. Without it <see cref="Commit"/> returns at once: a commit
    /// with nothing new would still write and fsync a new <c>segments_N</c> (the stamped sequence counts as a change
    /// to Lucene) and reopen the searchers — which every writer run paid on release, and a replica on every catch-up.
    /// </summary>
    private bool _uncommitted;

    public LuceneNewsIndex(IOptions<BriefingOptions> options)
        : this(Path.Combine(options.Value.DataDirFullPath, "index"))
    {
    }

    public LuceneNewsIndex(string indexPath)
    {
        IndexPath = indexPath;
        try
        {
            System.IO.Directory.CreateDirectory(indexPath);
            _directory = FSDirectory.Open(new DirectoryInfo(indexPath), new ExclusiveFileLockFactory(indexPath));
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new InvalidOperationException($"Cannot open the index folder '{indexPath}' ({ex.Message}). Check that Briefing:DataDir is writable.", ex);
        }
        _queryBuilder = new PassageQueryBuilder(_analyzers, new GermanCompoundSplitter(this));
        _reranker = new SentenceEvidenceReranker(this);
        _searchers = new IndexSearchers(_directory, indexPath);
    }

    public string IndexPath { get; }

    private IndexWriter Writer
    {
        get
        {
            lock (_writeLock)
            {
                return _writer ??= new IndexWriter(_directory, new IndexWriterConfig(LanguageAnalyzers.Version, _analyzers.PerField)
                {
                    OpenMode = OpenMode.CREATE_OR_APPEND,
                    Similarity = new BM25Similarity(),
                    RAMBufferSizeMB = 64,
                    MergePolicy = FewSegments(),
                    // Each flushed segment's files were copied once more into a compound file (and checksummed again)
                    // on the ingest's index thread at every commit; the index holds a handful of segments, so the
                    // files it saves opening are few (issue 13).
                    UseCompoundFile = false,
                });
            }
        }
    }

    /// <summary>
    /// Lucene's tiered merging with at most about four segments per size tier (default ten), merged four at a time:
    /// every term of a question is looked up and scored in each segment, and an ingest commits a new small segment
    /// every 500 articles, so the default left a 3,700-article index in 9 segments (it merges only once ten are
    /// eligible: MaxMergeAtOnce bounds the smallest merge too) and the warm ask paid for each (bench/README.md, "Speed").
    /// The price is more merging while ingesting, on Lucene's background merge threads. Merged segments are not
    /// packed into compound files either (see <see cref="Writer"/>).
    /// </summary>
    private static TieredMergePolicy FewSegments() => new() { SegmentsPerTier = 4, MaxMergeAtOnce = 4, NoCFSRatio = 0 };

    public void Upsert(Article article, IReadOnlyList<Passage> passages, string contentHash) => Write(article, passages, contentHash, replace: true);

    /// <summary>
    /// Without the delete by article id that an upsert buffers: Lucene applies each buffered delete to every segment at
    /// the next commit (opening their readers, seeking the id in each): ~5 % of an ingest's index thread when every
    /// article is new (issue 13).
    /// </summary>
    public void Add(Article article, IReadOnlyList<Passage> passages, string contentHash) => Write(article, passages, contentHash, replace: false);

    private void Write(Article article, IReadOnlyList<Passage> passages, string contentHash, bool replace)
    {
        var title = LuceneDocuments.TitleTokens(_analyzers.PerField, article);
        lock (_writeLock)
        {
            var documents = _documents.Of(article, contentHash, passages, title);
            if (replace) Writer.UpdateDocuments(LuceneDocuments.ArticleTerm(article.Id), documents);
            else Writer.AddDocuments(documents);
            _uncommitted = true;
            _pending.Upsert(new IndexedArticle(article, contentHash, passages.Count), passages);
        }
    }

    public void Delete(string articleId)
    {
        lock (_writeLock)
        {
            Writer.DeleteDocuments(LuceneDocuments.ArticleTerm(articleId));
            _uncommitted = true;
            _pending.Delete(articleId);
        }
    }

    public void MarkApplied(long sequence)
    {
        lock (_writeLock)
        {
            _appliedSequence = Math.Max(_appliedSequence, sequence);
            _uncommitted = true;
        }
    }

    public long CommittedSequence
    {
        get
        {
            try
            {
                return IndexCommitSequence.Read(_directory);
            }
            catch (Exception ex) when (IndexSearchers.IsDamage(ex) && NoCommitEverFinished())
            {
                // kill -9 while the first commit wrote its segments_1 (a run shorter than the commit interval commits
                // once, at its end): the index never held a commit, so it reflects no change, and the catch-up builds
                // it from the store, the system of record, as it does an empty folder.
                return 0;
            }
            catch (Exception ex) when (IndexSearchers.IsDamage(ex))
            {
                throw new IndexUnreadableException(IndexPath, $"{ex.GetType().Name}: {ex.Message}", ex);
            }
        }
    }

    /// <summary>
    /// Whether the folder's one commit file is all it ever had: Lucene writes a new <c>segments_N</c> beside the last
    /// one and deletes the older only once the new one is complete, so a lone unreadable one was cut off mid-write.
    /// </summary>
    private bool NoCommitEverFinished() =>
        _directory.ListAll().Count(f => f.StartsWith(IndexFileNames.SEGMENTS + "_", StringComparison.Ordinal)) == 1;

    public bool AnalysisIsCurrent
    {
        get
        {
            try
            {
                return IndexCommitSequence.ReadAnalysis(_directory) == IndexCommitSequence.CurrentAnalysis;
            }
            catch (Exception ex) when (IndexSearchers.IsDamage(ex))
            {
                throw new IndexUnreadableException(IndexPath, $"{ex.GetType().Name}: {ex.Message}", ex);
            }
        }
    }

    public long AppliedSequence
    {
        get
        {
            lock (_writeLock) return _appliedSequence > 0 ? _appliedSequence : CommittedSequence;
        }
    }

    public void Commit()
    {
        lock (_writeLock)
        {
            if (!_uncommitted) return;
            IndexCommitSequence.Stamp(Writer, Math.Max(_appliedSequence, IndexCommitSequence.Read(_directory)));
            _writer!.Commit();
            _appliedSequence = 0;
            _uncommitted = false;
            _searchers.RefreshAfterCommit();
            _statistics.Clear();
            _pending.Clear();
        }
    }

    public void ReleaseWriter()
    {
        lock (_writeLock)
        {
            if (_writer is null) return;
            Commit();
            _writer.Dispose();
            _writer = null;
        }
    }

    public void DeleteAll()
    {
        lock (_writeLock)
        {
            // The files go rather than Lucene's DeleteAll: a damaged index cannot even be opened for writing.
            _writer?.Dispose();
            _writer = null;
            _searchers.Close();
            System.IO.Directory.CreateDirectory(IndexPath); // the folder itself may have been deleted
            foreach (var file in System.IO.Directory.EnumerateFiles(IndexPath).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
                File.Delete(file);
            IndexCommitSequence.Stamp(Writer, 0);
            _writer!.Commit();
            _appliedSequence = 0;
            _uncommitted = false;
            _pending.Clear();
            _statistics.Clear();
        }
    }

    public IEnumerable<IndexedArticle> AllArticles()
    {
        var ids = WithSearcher(searcher =>
        {
            var query = new TermQuery(new Term(LuceneFields.Type, LuceneFields.ArticleType));
            var collector = new TotalHitCountCollector();
            searcher.Search(query, collector);
            if (collector.TotalHits == 0) return (IReadOnlyList<IndexedArticle>)[];
            return searcher.Search(query, collector.TotalHits).ScoreDocs.Select(h => LuceneDocuments.ToIndexedArticle(searcher.Doc(h.Doc))).ToList();
        });
        return ids;
    }

    public IReadOnlyDictionary<string, int> PassageCounts() => WithSearcher(searcher =>
    {
        var articles = MatchingDocuments.AsList(searcher, new TermQuery(new Term(LuceneFields.Type, LuceneFields.ArticleType)));
        var counts = new Dictionary<string, int>(articles.Count, StringComparer.Ordinal);
        // Only the two small stored fields: a listing must not deserialise every article's text.
        var fields = new HashSet<string> { LuceneFields.ArticleId, LuceneFields.PassageCount };
        foreach (var doc in articles)
        {
            var document = searcher.Doc(doc, fields);
            counts[document.Get(LuceneFields.ArticleId)] = document.GetField(LuceneFields.PassageCount)?.GetInt32Value() ?? 0;
        }
        return (IReadOnlyDictionary<string, int>)counts;
    });

    public IndexedArticle? GetArticle(string articleId)
    {
        if (_pending.TryGetArticle(articleId, out var pending)) return pending;
        return WithSearcher(searcher =>
        {
            var hits = searcher.Search(ArticleDocumentQuery(new TermQuery(LuceneDocuments.ArticleTerm(articleId))), 1);
            return hits.ScoreDocs.Length == 0 ? null : LuceneDocuments.ToIndexedArticle(searcher.Doc(hits.ScoreDocs[0].Doc));
        });
    }

    public string? FindArticleIdByContentHash(string contentHash)
    {
        if (_pending.TryFindByHash(contentHash, out var pendingId)) return pendingId;
        return WithSearcher(searcher =>
        {
            var hits = searcher.Search(new TermQuery(new Term(LuceneFields.ContentHash, contentHash)), 1);
            return hits.ScoreDocs.Length == 0 ? null : searcher.Doc(hits.ScoreDocs[0].Doc).Get(LuceneFields.ArticleId);
        });
    }

    public Passage? GetPassage(string passageId) => WithSearcher(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(LuceneFields.PassageId, passageId)), 1);
        return hits.ScoreDocs.Length == 0 ? null : LuceneDocuments.ToPassage(searcher.Doc(hits.ScoreDocs[0].Doc));
    });

    public IReadOnlyList<Passage> GetPassages(string articleId)
    {
        if (_pending.TryGetPassages(articleId, out var pending)) return pending;
        return WithSearcher(searcher =>
        {
            var cache = _searchers.CacheOf(searcher);
            return cache.ArticlePassages(articleId, () =>
            {
                var query = new BooleanQuery
                {
                    { new TermQuery(LuceneDocuments.ArticleTerm(articleId)), Occur.MUST },
                    { cache.TermQuery(LuceneFields.Type, LuceneFields.PassageType), Occur.MUST },
                };
                return MatchingDocuments.AsList(searcher, query).Select(doc => cache.Passage(searcher, doc).Passage).OrderBy(p => p.Ordinal).ToArray();
            });
        });
    }

    public IReadOnlyList<PassageHit> Search(SearchRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Text) || request.Top <= 0) return [];
        var depth = Math.Max(request.Top, SentenceEvidenceReranker.Depth);
        var (candidates, showingRequired, otherLanguage, articlesShowingRequired, onProbation) = WithSearcher(searcher =>
        {
            var cache = _searchers.CacheOf(searcher);
            var query = _queryBuilder.Build(request, cache.TermQuery);
            // One query per asked detail, built once: the filter below needs them together, the articles' check one by one.
            var requiredTerms = _queryBuilder.RequiredTermQueries(request, cache.TermQuery);
            var required = PassageQueryBuilder.RequiredFilter(requiredTerms);
            // Passages that show every asked detail join the candidates even when common words rank others first:
            // the query's top hits among them, ranked in the same scoring pass as all its hits.
            // ... and so do the other languages' best passages: in a mixed index the asker's language fills the BM25
            // top whenever its articles touch the topic, and the one article that answers, in the other language
            // (matched through translations at their lower weight), would never reach the sentence evidence.
            var otherLanguages = LanguageAnalyzers.Languages.Where(l => l != LanguageAnalyzers.Normalize(request.Language)).ToList();
            var collector = new TopHitsCollector(depth, SentenceEvidenceReranker.Depth, required is null ? null : MatchingDocuments.AsBitSet(searcher, required),
                otherLanguages, SentenceEvidenceReranker.OtherLanguageDepth);
            searcher.Search(query, collector);
            var loaded = new Dictionary<int, PassageHit>();
            var hits = Hits(searcher, cache, collector.Top, loaded);
            var requiredHits = Hits(searcher, cache, collector.TopRestricted, loaded);
            var otherLanguageTops = collector.TopByLanguage.Select(top => Hits(searcher, cache, top, loaded)).ToList();
            var otherLanguageHits = otherLanguageTops.SelectMany(top => top).ToList();
            // Each language's passages past its first few join on probation (SentenceEvidenceReranker.OtherLanguageTrusted).
            var onProbation = otherLanguageTops.SelectMany(top => top.Skip(SentenceEvidenceReranker.OtherLanguageTrusted))
                .Select(h => h.Passage.Id).ToHashSet(StringComparer.Ordinal);
            var ids = requiredHits.Select(h => h.Passage.Id).ToHashSet(StringComparer.Ordinal);
            var seen = hits.Select(h => h.Passage.Id).ToHashSet(StringComparer.Ordinal);
            var all = hits.Concat(requiredHits.Where(h => seen.Add(h.Passage.Id))).ToList();
            var otherLanguage = otherLanguageHits.Where(h => seen.Add(h.Passage.Id)).ToList();
            all.AddRange(otherLanguage);
            // A passage whose article shows every detail elsewhere (another passage, the title) is about the asked event too.
            var articles = requiredTerms is null ? null
                : ArticlesShowingDetails.Among(searcher, cache, requiredTerms, all.Select(h => h.Passage.ArticleId));
            var added = otherLanguage.Select(h => h.Passage.Id).ToHashSet(StringComparer.Ordinal);
            return (all, ids, added, articles, added.Where(onProbation.Contains).ToHashSet(StringComparer.Ordinal));
        });
        return _reranker.Rerank(request, candidates, showingRequired, otherLanguage, request.Top, articlesShowingRequired, onProbation)
            .Take(request.Top).ToList();
    }

    /// <summary>The hits' passages; a document loaded once per search (<paramref name="loaded"/>) is not read again.</summary>
    private static List<PassageHit> Hits(IndexSearcher searcher, SearcherCache cache, TopDocs top, Dictionary<int, PassageHit> loaded) =>
        top.ScoreDocs.Select(h =>
        {
            if (!loaded.TryGetValue(h.Doc, out var hit))
            {
                var (passage, article) = cache.Passage(searcher, h.Doc);
                loaded[h.Doc] = hit = new PassageHit(passage, article, h.Score);
            }
            return hit;
        }).ToList();

    public IReadOnlyList<Article> GetArticlesInWindow(DateTimeOffset from, DateTimeOffset to) => WithSearcher(searcher =>
    {
        var range = NumericRangeQuery.NewInt64Range(LuceneFields.WindowMs, from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds(), true, false);
        var collector = new TotalHitCountCollector();
        searcher.Search(range, collector);
        if (collector.TotalHits == 0) return (IReadOnlyList<Article>)[];
        var hits = searcher.Search(range, collector.TotalHits);
        return hits.ScoreDocs.Select(h => LuceneDocuments.ToIndexedArticle(searcher.Doc(h.Doc)).Article).ToList();
    });

    public int ArticleCount => CountOf(LuceneFields.ArticleType);

    public int PassageCount => CountOf(LuceneFields.PassageType);

    public IReadOnlyList<string> AnalyzeTerms(string text, string language) => _analyzers.Analyze(text, language);

    public IReadOnlyList<IReadOnlyList<string>> AnalyzeTermGroups(string text, string language) => _analyzers.AnalyzeGroups(text, language);

    /// <summary>Among the passages of <paramref name="language"/> only, as the searcher's BM25 counts (a minority language keeps its own rarities).</summary>
    public double InverseDocumentFrequency(string term, string language)
    {
        double documents = Math.Max(1, PassageCountIn(language));
        double frequency = DocumentFrequency(term, language);
        return Math.Log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
    }

    public int DocumentFrequency(string term, string language)
    {
        var field = LuceneFields.Body(language);
        return _statistics.DocumentFrequency(field, term, () => WithSearcher(searcher => _searchers.CacheOf(searcher).DocumentFrequency(field, term)));
    }

    public bool BeginsCompound(string term, string language)
    {
        var field = LuceneFields.Body(language);
        // Cached beside the frequencies under a field name no document has, cleared with them when the searcher changes.
        return _statistics.DocumentFrequency(field + "*", term, () => WithSearcher(searcher => CompoundStartingWith(searcher.IndexReader, field, term) ? 1 : 0)) > 0;
    }

    /// <remarks>German only: the compounds are German's way of writing words together.</remarks>
    public IReadOnlyList<string> CompoundsEndingWith(string term, string language, int max)
    {
        if (LanguageAnalyzers.Normalize(language) != "de") return [];
        var field = LuceneFields.Body(language);
        return [.. WithSearcher(searcher => _searchers.CacheOf(searcher).CompoundsEndingWith(field, term)).Take(max)];
    }

    /// <remarks>German only, as <see cref="CompoundsEndingWith(string, string, int)"/>.</remarks>
    public IReadOnlyList<string> CompoundsEndingWith(string term, string language, Func<string, bool> headFits, int max)
    {
        if (LanguageAnalyzers.Normalize(language) != "de") return [];
        var field = LuceneFields.Body(language);
        return WithSearcher(searcher => _searchers.CacheOf(searcher).CompoundsEndingWith(field, term, headFits, max));
    }

    /// <summary>How many terms after the prefix are looked at: compounds sort right after it ("lohn", "lohnabschluss", …).</summary>
    private const int CompoundScan = 64;

    private static bool CompoundStartingWith(IndexReader reader, string field, string prefix)
    {
        var terms = MultiFields.GetTerms(reader, field)?.GetEnumerator();
        if (terms is null || terms.SeekCeil(new Lucene.Net.Util.BytesRef(prefix)) == TermsEnum.SeekStatus.END) return false;
        for (var i = 0; i < CompoundScan; i++)
        {
            var term = terms.Term.Utf8ToString();
            if (!term.StartsWith(prefix, StringComparison.Ordinal)) return false;
            if (QuestionTerms.IsCompoundPart(prefix, term)) return true;
            if (!terms.MoveNext()) return false;
        }
        return false;
    }

    public int PassageCountIn(string language)
    {
        var field = LuceneFields.Body(language);
        return _statistics.FieldDocuments(field, () => WithSearcher(searcher => searcher.IndexReader.GetDocCount(field)));
    }

    private int CountOf(string type) => WithSearcher(searcher =>
    {
        var collector = new TotalHitCountCollector();
        searcher.Search(new TermQuery(new Term(LuceneFields.Type, type)), collector);
        return collector.TotalHits;
    });

    private static Query ArticleDocumentQuery(Query inner) => new BooleanQuery
    {
        { inner, Occur.MUST },
        { new TermQuery(new Term(LuceneFields.Type, LuceneFields.ArticleType)), Occur.MUST },
    };

    private T WithSearcher<T>(Func<IndexSearcher, T> read) => _searchers.With(read);

    public void Dispose()
    {
        lock (_writeLock)
        {
            if (_writer is not null)
            {
                Commit();
                _writer.Dispose();
                _writer = null;
            }
        }
        _searchers.Dispose();
        _directory.Dispose();
        _analyzers.Dispose();
    }
}
