using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Search;

public sealed class LuceneNewsIndexTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static Article MakeArticle(string id, string language, string title, params string[] paragraphs) => new()
    {
        Id = id, Title = title, Language = language, Paragraphs = paragraphs,
        Published = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero), Source = "Test",
    };

    private static void Put(LuceneNewsIndex index, Article article) =>
        index.Upsert(article, PassageChunker.Chunk(article), ArticleContentHash.Compute(article));

    [Fact]
    public void Persists_articles_and_passages_across_a_restart()
    {
        var path = _folder.Combine("index");
        using (var index = new LuceneNewsIndex(path))
        {
            Put(index, MakeArticle("a/1", "de", "Hafen eröffnet", "Die Stadt Kiel hat einen neuen Containerhafen eröffnet, der 240 Millionen Euro kostete."));
            index.Commit();
        }
        using var reopened = new LuceneNewsIndex(path);
        Assert.Equal(1, reopened.ArticleCount);
        var stored = reopened.GetArticle("a/1");
        Assert.NotNull(stored);
        Assert.Equal("Hafen eröffnet", stored.Article.Title);
        var hits = reopened.Search(new SearchRequest("Containerhafen Kiel", "de"));
        Assert.Equal("a/1#p0", Assert.Single(hits).Passage.Id);
    }

    [Fact]
    public void German_analysis_folds_umlauts_and_stems_so_inflected_question_words_match()
    {
        using var index = new LuceneNewsIndex(_folder.Combine("index"));
        Put(index, MakeArticle("a/1", "de", "Bürgermeister", "Die Bürgermeisterin eröffnete die neuen Häfen der Stadt."));
        Put(index, MakeArticle("a/2", "de", "Wetter", "Morgen regnet es in weiten Teilen des Landes."));
        index.Commit();
        var hits = index.Search(new SearchRequest("Wer eroeffnete den Hafen?", "de"));
        Assert.Equal("a/1", hits[0].Article.Id);
    }

    [Fact]
    public void English_questions_rank_the_english_passage_first()
    {
        using var index = new LuceneNewsIndex(_folder.Combine("index"));
        Put(index, MakeArticle("e/1", "en", "Comet", "Astronomers discovered a bright comet that will be visible in March."));
        Put(index, MakeArticle("e/2", "en", "Rail", "A rail strike stopped trains as workers demanded higher wages."));
        index.Commit();
        Assert.Equal("e/1", index.Search(new SearchRequest("When will the comets be visible?", "en"))[0].Article.Id);
        Assert.Equal("e/2", index.Search(new SearchRequest("Why did the workers strike?", "en"))[0].Article.Id);
    }

    [Fact]
    public void Upsert_replaces_all_passages_of_a_changed_article()
    {
        using var index = new LuceneNewsIndex(_folder.Combine("index"));
        Put(index, MakeArticle("a/1", "en", "Old", "The old text talks about elephants in the zoo and their keepers and the feeding schedule."));
        index.Commit();
        Put(index, MakeArticle("a/1", "en", "New", "The new text talks about giraffes on the savanna and how tall they grow over the years."));
        index.Commit();
        Assert.Equal(1, index.ArticleCount);
        Assert.Empty(index.Search(new SearchRequest("elephants", "en")));
        Assert.Single(index.Search(new SearchRequest("giraffes", "en")));
    }

    [Fact]
    public void Content_hash_lookups_see_uncommitted_writes()
    {
        using var index = new LuceneNewsIndex(_folder.Combine("index"));
        var article = MakeArticle("a/1", "en", "T", "Some text that is long enough to be a passage of its own in this index.");
        Put(index, article);
        Assert.Equal("a/1", index.FindArticleIdByContentHash(ArticleContentHash.Compute(article)));
        Assert.NotNull(index.GetArticle("a/1"));
    }

    [Fact]
    public void Articles_in_a_window_use_publish_time()
    {
        using var index = new LuceneNewsIndex(_folder.Combine("index"));
        Put(index, MakeArticle("a/1", "en", "In", "Inside the window, this article was published on the twenty-sixth."));
        Put(index, MakeArticle("a/2", "en", "Out", "Outside the window, this one was published a day later.") with { Published = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero) });
        index.Commit();
        var day = index.GetArticlesInWindow(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal("a/1", Assert.Single(day).Id);
    }

    [Fact]
    public void Releasing_the_writer_after_a_commit_writes_no_further_commit()
    {
        // A replica releases its writer after every catch-up: a second commit of nothing would write and fsync
        // another segments_N and reopen the searchers each time.
        var path = _folder.Combine("index");
        using var index = new LuceneNewsIndex(path);
        Put(index, MakeArticle("a/1", "en", "Comet", "Astronomers discovered a bright comet that will be visible in March."));
        index.MarkApplied(1);
        index.Commit();
        var generation = LatestCommitGeneration(path);

        index.Commit();
        index.ReleaseWriter();

        Assert.Equal(generation, LatestCommitGeneration(path));
        Assert.Equal(1, index.CommittedSequence);
        Put(index, MakeArticle("a/2", "en", "Rail", "A rail strike stopped trains as workers demanded higher wages."));
        index.MarkApplied(2);
        index.ReleaseWriter(); // what was written is still committed on release
        Assert.True(LatestCommitGeneration(path) > generation);
        Assert.Equal(2, index.CommittedSequence);
        Assert.Equal(2, index.ArticleCount);
    }

    private static long LatestCommitGeneration(string path)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(path);
        return Lucene.Net.Index.SegmentInfos.GetLastCommitGeneration(directory);
    }

    [Fact]
    public void Body_and_title_fields_keep_frequencies_and_norms_but_no_positions()
    {
        // Every query on them is a BM25 term query: positions would be written on every ingest and never read.
        var path = _folder.Combine("index");
        using (var index = new LuceneNewsIndex(path))
        {
            Put(index, MakeArticle("e/1", "en", "Comet comet", "A comet, a bright comet: the comet will be visible in March."));
            index.Commit();
        }
        using var directory = Lucene.Net.Store.FSDirectory.Open(path);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        var fields = Lucene.Net.Index.MultiFields.GetMergedFieldInfos(reader);
        foreach (var field in new[] { LuceneFields.Body("en"), LuceneFields.TitleText("en") })
        {
            Assert.Equal(Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS, fields.FieldInfo(field).IndexOptions);
            Assert.True(fields.FieldInfo(field).HasNorms);
        }
        var body = Lucene.Net.Index.MultiFields.GetTermDocsEnum(reader, null, LuceneFields.Body("en"), new Lucene.Net.Util.BytesRef("comet"));
        Assert.NotEqual(Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS, body.NextDoc());
        Assert.Equal(3, body.Freq);
    }

    [Fact]
    public void An_index_written_with_positions_takes_new_articles_and_finds_both()
    {
        // Indexes written before positions were dropped: Lucene keeps the lesser options per field, older segments are read as they are.
        var path = _folder.Combine("index");
        var old = MakeArticle("e/1", "en", "Comet", "Astronomers discovered a bright comet that will be visible in March.");
        using (var directory = Lucene.Net.Store.FSDirectory.Open(path))
        using (var analyzers = new LanguageAnalyzers())
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(LanguageAnalyzers.Version, analyzers.PerField)))
        {
            writer.AddDocuments(EarlierDocuments.Of(old, ArticleContentHash.Compute(old), PassageChunker.Chunk(old)));
            writer.Commit();
        }

        using var index = new LuceneNewsIndex(path);
        Put(index, MakeArticle("e/2", "en", "Comet again", "A second comet was seen by astronomers in April."));
        index.Commit();

        Assert.Equal(2, index.ArticleCount);
        Assert.Equal(["e/1", "e/2"], index.Search(new SearchRequest("comet astronomers", "en")).Select(h => h.Article.Id).Order());
    }

    [Fact]
    public void An_unwritable_index_folder_is_a_clear_error()
    {
        var file = _folder.Write("not-a-folder", "x");
        var error = Assert.Throws<InvalidOperationException>(() => new LuceneNewsIndex(Path.Combine(file, "index")));
        Assert.Contains("Briefing:DataDir", error.Message);
    }

    public void Dispose() => _folder.Dispose();
}
