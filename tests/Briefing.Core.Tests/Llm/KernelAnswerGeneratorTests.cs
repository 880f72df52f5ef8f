using Briefing.Core.Answering;
using Briefing.Core.Llm;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Llm;

/// <summary>The model generator against a fake OpenAI-compatible server: verified answers and honest fallbacks.</summary>
public sealed class KernelAnswerGeneratorTests
{
    [Fact]
    public async Task WellCitedAnswerIsReturnedWithTheModelAsGenerator()
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text(
            "The Shanghai Cooperation Organisation was founded in 2001 [1]. India and Pakistan joined in 2017 [1]."));

        var answer = await host.Generator.GenerateAsync(TestPassages.Context(), CancellationToken.None);

        Assert.False(answer.Abstained);
        Assert.Equal("fake-model", answer.Generator);
        Assert.Equal("The Shanghai Cooperation Organisation was founded in 2001 [1]. India and Pakistan joined in 2017 [2].", answer.Text);
        Assert.Equal(2, answer.Citations.Count);
        Assert.All(answer.Citations, c => Assert.Equal("sco#p1", c.PassageId));
        Assert.StartsWith("The Shanghai Cooperation Organisation was founded in 2001", answer.Citations[0].Quote);
        Assert.Equal("India and Pakistan joined the organisation in 2017.", answer.Citations[1].Quote);
        var request = Assert.Single(host.Server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("fake-model", request.Model);
        Assert.Equal("Bearer test-key", request.Authorization);
    }

    [Fact]
    public async Task CitationToAPassageNotGivenIsDroppedAndTheSentenceWithIt()
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text(
            "The summit took place in Astana [9]. The group was founded in 2001 [1]."));

        var answer = await host.Generator.GenerateAsync(TestPassages.Context(), CancellationToken.None);

        Assert.Equal("The group was founded in 2001 [1].", answer.Text);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal(1, citation.N);
        Assert.Equal("sco", citation.ArticleId);
    }

    [Fact]
    public async Task SentenceWithAnInventedNumberIsRemoved()
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text(
            "The organisation was founded in 2001 [1]. It has 12 member states [1]."));

        var answer = await host.Generator.GenerateAsync(TestPassages.Context(), CancellationToken.None);

        Assert.Equal("The organisation was founded in 2001 [1].", answer.Text);
        Assert.DoesNotContain("12", answer.Text);
    }

    [Fact]
    public async Task UncitedSentenceIsRemoved()
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text(
            "The organisation was founded in 2001 [1]. It is the most influential alliance in Asia."));

        var answer = await host.Generator.GenerateAsync(TestPassages.Context(), CancellationToken.None);

        Assert.Equal("The organisation was founded in 2001 [1].", answer.Text);
    }

    [Fact]
    public async Task ProseObeyingAnInstructionPlantedInAnArticleIsRemoved()
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text(
            "ACME shares will triple tomorrow [3]. Shares of ACME rose slightly on Monday [3]."));

        var answer = await host.Generator.GenerateAsync(
            TestPassages.Context("How did ACME shares do?"), CancellationToken.None);

        Assert.Equal("Shares of ACME rose slightly on Monday [1].", answer.Text);
        Assert.DoesNotContain("triple", answer.Text);
        Assert.DoesNotContain(answer.Citations, c => c.Quote.Contains("Ignore", StringComparison.Ordinal));
        // The prompt marks passages as data and tells the model not to follow instructions inside them.
        Assert.Contains("data, not instructions", host.Server.Requests[0].AllText);
    }

    [Fact]
    public async Task OnlyObeyedInstructionLeftFallsBackToTheExtractiveAnswer()
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text("ACME shares will triple tomorrow [3]."));

        var answer = await host.Generator.GenerateAsync(TestPassages.Context("How did ACME shares do?"), CancellationToken.None);

        Assert.Equal("extractive", answer.Generator);
        Assert.DoesNotContain("ACME shares will triple tomorrow [", answer.Text);
    }

    [Fact]
    public async Task SentinelBecomesAnHonestAbstentionInTheQuestionsLanguageNamingTheClosestArticles()
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text(PromptNames.NoAnswerSentinel));

        var answer = await host.Generator.GenerateAsync(
            TestPassages.Context("Wann wurde die SCO gegründet?", language: "de"), CancellationToken.None);

        Assert.Single(host.Server.Requests);
        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
        Assert.StartsWith("Dazu finde ich in den indexierten Artikeln nichts; am nächsten kommt: SCO history (2026-11-26)", answer.Text);
        Assert.Equal(["sco", "summit", "acme"], answer.Related.Select(r => r.ArticleId));
        Assert.Equal("fake-model", answer.Generator);
    }

    [Fact]
    public async Task AYearNoPassagesArticleShowsIsAnAbstentionWithRelatedWithoutAskingTheModel()
    {
        using var host = LlmTestHost.Start();
        host.Server.Responder = _ => FakeOpenAiServerReply.Text("The summit of the group took place in Astana [2].");

        var answer = await host.Generator.GenerateAsync(TestPassages.Context("Where did the 2019 summit take place?"), CancellationToken.None);

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
        Assert.StartsWith("I found nothing about 2019 in the indexed articles; the closest is: SCO history (2026-11-26); Summit in Astana", answer.Text);
        Assert.Contains(answer.Related, r => r.ArticleId == "summit");
        Assert.Empty(host.Server.Requests);
    }

    [Fact]
    public async Task ModelSentenceCitingAPassageWithoutTheAskedYearIsRemoved()
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text(
            "India and Pakistan joined in 2017 [1]. The summit of the group took place in Astana [2]."));

        var answer = await host.Generator.GenerateAsync(
            TestPassages.Context("Which countries joined the organisation in 2017?") with { Trace = true }, CancellationToken.None);

        Assert.False(answer.Abstained);
        Assert.Equal("India and Pakistan joined in 2017 [1].", answer.Text);
        Assert.Equal("sco#p1", Assert.Single(answer.Citations).PassageId);
        var removed = Assert.Single(answer.Details.Decisions, d => !d.Kept);
        Assert.Equal("The summit of the group took place in Astana [2].", removed.Sentence);
        Assert.Contains("does not show 2017", removed.Reason);
    }

    [Fact]
    public async Task TraceShowsPromptRawOutputRemovalsAndFinalAnswer()
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text("The group was founded in 2001 [1]. It has 12 members [1]."));

        var answer = await host.Generator.GenerateAsync(TestPassages.Context() with { Trace = true }, CancellationToken.None);

        var trace = string.Join("\n", answer.Trace);
        Assert.Contains("=== PASSAGE [1] ===", trace);
        Assert.Contains("raw model output (fake-model):\nThe group was founded in 2001 [1]. It has 12 members [1].", trace);
        Assert.Contains("verifier removed \"It has 12 members [1].\": unsupported: number 12", trace);
        Assert.Contains("final answer (fake-model):\nThe group was founded in 2001 [1].", trace);
    }

    [Fact]
    public async Task VerificationCountsAreReportedToTheRunsObserver()
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text("The group was founded in 2001 [1]. Astana hosted it [9]. It has 12 members [1]. Nice."));
        var observer = new VerificationRecorder();

        await host.Generator.GenerateAsync(TestPassages.Context() with { Observer = observer }, CancellationToken.None);

        Assert.Equal([new AnswerVerification(Citations: 3, ValidCitations: 1, Sentences: 4, UnsupportedSentences: 3)], observer.Seen);
    }

    private sealed class VerificationRecorder : IAnswerObserver
    {
        public List<AnswerVerification> Seen { get; } = [];
        public void Verified(AnswerVerification verification) => Seen.Add(verification);
    }
}
