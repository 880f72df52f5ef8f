using System.Net.Http.Json;
using Briefing.Web.Tests.Support;

namespace Briefing.Web.Tests.Operations;

/// <summary>The host's /metrics counts its own answers only: a comparison's pipelines (same process) have their own meters.</summary>
public sealed class MetricsIsolationTests
{
    [Fact]
    public async Task A_comparisons_evaluation_runs_do_not_count_as_answers_of_the_running_host()
    {
        await using var lab = await LabServer.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(lab.BaseUrl) };
        var cases = string.Join("\n",
            """{"id":"a","question":"When was the comet discovered?","goldArticleId":"news/comet"}""",
            """{"id":"b","question":"Who won the chess world championship in Reykjavik?","goldArticleId":null}""");

        await LabHttp.RunAsync(http, TestNews.CometQuestion);
        using var compare = await http.PostAsJsonAsync("/lab/api/compare", new { cases });
        compare.EnsureSuccessStatusCode();
        await LabHttp.RunAsync(http, TestNews.CometQuestion);

        // Two lab answers; the comparison's four evaluation answers ran in pipelines with meters of their own.
        await LabHttp.WaitForMetricAsync(http, "briefing_answers_total{otel_scope_name=\"Briefing\",generator=\"extractive\"} 2");
    }
}
