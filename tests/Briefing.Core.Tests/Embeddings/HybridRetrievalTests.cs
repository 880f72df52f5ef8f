using Briefing.Core.Answering;
using Briefing.Core.Embeddings;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Briefing.Core.Tests.Embeddings;

public sealed class HybridRetrievalTests : IDisposable
{
    private const string CarArticle = """
        Car makers report record sales
        European car makers sold more cars in October than in any month since 2019, their association said.
        Electric models made up a fifth of all new registrations.
        """;
    private const string BreadArticle = """
        Bakers protest flour prices
        Bakers in several cities closed their shops for a day to protest the rising price of flour.
        They say automobile fuel costs and energy bills also squeeze their margins.
        """;

    private readonly TempFolder _folder = new();
    private readonly FakeEmbeddingServer _server = FakeEmbeddingServer.Start();

    private EngineFixture Engine(string provider = "OpenAI") => new(_folder, new Dictionary<string, string?>
    {
        ["Embeddings:Provider"] = provider,
        ["Embeddings:Endpoint"] = _server.V1Url,
        ["Embeddings:Model"] = "fake-concepts",
    });

    private async Task<EngineFixture> IngestedEngineAsync()
    {
        var engine = Engine();
        _folder.Write("news/cars.txt", CarArticle);
        _folder.Write("news/bread.txt", BreadArticle);
        await engine.IngestAsync(_folder.Combine("news"));
        return engine;
    }

    [Fact]
    public async Task Vector_search_brings_in_the_passage_that_shares_meaning_but_not_words()
    {
        using var engine = await IngestedEngineAsync();
        const string question = "Which automobile manufacturers lead?";

        var hybrid = await engine.Services.GetRequiredService<RetrievalPlugin>().SearchPassagesAsync(question, "en", top: 5);
        using var keywordOnly = new EngineFixture(_folder);
        var keyword = keywordOnly.Index.Search(new Core.Search.SearchRequest(question, "en", 5));

        Assert.DoesNotContain(keyword, h => h.Article.Id == "news/cars"); // no shared word: BM25 cannot see it
        Assert.Contains(hybrid, h => h.Article.Id == "news/cars");
        Assert.Contains(hybrid, h => h.Article.Id == "news/bread"); // the keyword match is kept
    }

    [Fact]
    public async Task The_hosts_kernel_holds_the_embedding_generator_that_vector_search_uses()
    {
        using var engine = await IngestedEngineAsync();
        var embeddedByIngest = _server.TextsEmbedded;

        var generator = engine.Services.GetRequiredService<Kernel>().GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        await engine.Services.GetRequiredService<RetrievalPlugin>().SearchPassagesAsync("car makers", "en", top: 1);

        Assert.Same(engine.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(), generator);
        Assert.Equal(embeddedByIngest + 1, _server.TextsEmbedded); // the question went through it
    }

    [Fact]
    public async Task Unchanged_articles_are_not_embedded_again()
    {
        using var engine = await IngestedEngineAsync();
        var embeddedOnce = _server.TextsEmbedded;

        await engine.IngestAsync(_folder.Combine("news"));

        Assert.Equal(2, embeddedOnce); // one passage per (short) article, embedded with its title
        Assert.Equal(embeddedOnce, _server.TextsEmbedded);
        Assert.Equal(2, engine.Services.GetRequiredService<IPassageVectorStore>().Count);
    }

    [Fact]
    public async Task A_failing_embedding_model_keeps_ingest_and_answers_working_and_catches_up_later()
    {
        _server.Failing = true;
        using var engine = await IngestedEngineAsync();
        var store = engine.Services.GetRequiredService<IPassageVectorStore>();
        Assert.Equal(2, store.Backlog().Count);
        Assert.Equal(2, engine.Index.ArticleCount);

        // (The article gives no count of cars, so "How many cars ...?" is rightly an abstention since issue 10.)
        var answer = await engine.AskAsync("In which month did European car makers sell more cars than since 2019?");
        Assert.False(answer.Abstained);
        Assert.Equal("news/cars", answer.Citations[0].ArticleId);

        _server.Failing = false;
        await engine.IngestAsync(_folder.Combine("news")); // nothing changed, but the backlog is retried
        Assert.Empty(store.Backlog());
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public void Reciprocal_rank_fusion_lifts_a_passage_found_by_both_retrievers()
    {
        static Core.Search.PassageHit Hit(string id, float score) => new(
            new Core.Articles.Passage(id, id, 0, id, "en"), new Core.Search.ArticleInfo(id, id, null, null, null, "en"), score);

        var fused = ReciprocalRankFusion.Fuse([[Hit("a", 9), Hit("b", 8)], [Hit("b", 0.9f), Hit("c", 0.8f)]], top: 3);

        Assert.Equal(["b", "a", "c"], fused.Select(h => h.Passage.Id));
    }

    [Theory]
    [InlineData("OpenAI", null, "Embeddings:Model")]
    [InlineData("Cohere", "m", "Embeddings:Provider")]
    [InlineData("AzureOpenAI", "m", "Embeddings:Endpoint")]
    public void Invalid_settings_fail_naming_the_key(string provider, string? model, string key)
    {
        using var engine = new EngineFixture(_folder, new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = provider,
            ["Embeddings:Model"] = model,
        });
        var error = Assert.Throws<OptionsValidationException>(() => engine.Services.GetRequiredService<IOptions<EmbeddingsOptions>>().Value);
        Assert.Contains(key, error.Message);
    }

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }
}
