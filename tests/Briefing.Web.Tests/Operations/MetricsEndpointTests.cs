using Briefing.Core.Tests.Support;
using Briefing.Telegram.Tests.Support;
using Briefing.Web.Tests.Support;

namespace Briefing.Web.Tests.Operations;

/// <summary><c>/metrics</c> in Prometheus text: the counters move with answers, fallbacks, removals and Telegram traffic.</summary>
public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Answers_abstentions_and_latency_are_counted_by_generator()
    {
        await using var lab = await LabServer.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(lab.BaseUrl) };

        await LabHttp.RunAsync(http, TestNews.CometQuestion);
        await LabHttp.RunAsync(http, "Who won the chess world championship in Reykjavik?");

        Assert.Equal(2, LabHttp.Value(await LabHttp.WaitForMetricAsync(http, "briefing_answers_total{otel_scope_name=\"Briefing\",generator=\"extractive\"} 2")));
        Assert.Equal(1, LabHttp.Value(await LabHttp.WaitForMetricAsync(http, "briefing_answers_abstained_total{otel_scope_name=\"Briefing\",generator=\"extractive\"}")));
        Assert.Equal(2, LabHttp.Value(await LabHttp.WaitForMetricAsync(http, "briefing_answer_duration_seconds_count{otel_scope_name=\"Briefing\",generator=\"extractive\"}")));
        // Ingest at start-up: the three test articles.
        Assert.Equal(3, LabHttp.Value(await LabHttp.WaitForMetricAsync(http, "briefing_ingest_articles_total{otel_scope_name=\"Briefing\",outcome=\"added\"}")));
    }

    [Fact]
    public async Task Model_fallbacks_are_counted_by_cause_and_verifier_removals_by_sentence()
    {
        using var model = FakeOpenAiServer.Start();
        await using var lab = await LabServer.StartAsync(ModelSettings.For(model));
        using var http = new HttpClient { BaseAddress = new Uri(lab.BaseUrl) };
        model.Enqueue(FakeOpenAiServerReply.Error(500), FakeOpenAiServerReply.Text($"{TestNews.CometSentence} [1] The comet is made of green cheese [1]."));

        await LabHttp.RunAsync(http, TestNews.CometQuestion);
        await LabHttp.RunAsync(http, TestNews.CometQuestion);

        Assert.Equal(1, LabHttp.Value(await LabHttp.WaitForMetricAsync(http, "briefing_answers_fallbacks_total{otel_scope_name=\"Briefing\",cause=\"model_error\"}")));
        Assert.Equal(1, LabHttp.Value(await LabHttp.WaitForMetricAsync(http, "briefing_verifier_removed_sentences_total{otel_scope_name=\"Briefing\"}")));
        Assert.Equal(1, LabHttp.Value(await LabHttp.WaitForMetricAsync(http, "briefing_answers_total{otel_scope_name=\"Briefing\",generator=\"fake-model\"}")));
    }

    [Fact]
    public async Task A_telegram_conversation_moves_the_send_and_answer_counters()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var lab = await LabServer.StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeBotApiServer.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
        });
        using var http = new HttpClient { BaseAddress = new Uri(lab.BaseUrl) };

        api.AddUpdate(FakeUpdates.Text(501, 501, "When will the comet pass closest to the Sun?"));
        var reply = Assert.Single(await api.WaitForMessagesAsync(501, 1));
        Assert.Contains("[1]", reply.Text);

        Assert.True(LabHttp.Value(await LabHttp.WaitForMetricAsync(http, "briefing_telegram_sends_total{otel_scope_name=\"Briefing\"}")) >= 1);
        Assert.Equal(1, LabHttp.Value(await LabHttp.WaitForMetricAsync(http, "briefing_answers_total{otel_scope_name=\"Briefing\",generator=\"extractive\"}")));
        var ready = await http.GetStringAsync("/readyz");
        Assert.Contains("Telegram answers as @" + FakeBotApiServer.BotUsername, ready);
    }
}
