using System.Net;
using System.Text.Json;
using Briefing.Core.Tests.Support;
using Briefing.Web.Tests.Support;

namespace Briefing.Web.Tests.Operations;

/// <summary><c>/healthz</c> and <c>/readyz</c> over HTTP, with the fake model up and down.</summary>
public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Healthz_answers_while_the_process_lives_and_readyz_checks_index_state_and_model()
    {
        using var model = FakeOpenAiServer.Start();
        await using var lab = await LabServer.StartAsync(ModelSettings.For(model));
        using var http = new HttpClient { BaseAddress = new Uri(lab.BaseUrl) };

        using var live = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        using var ready = await http.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        var checks = report.RootElement.GetProperty("checks");
        Assert.Equal(3, checks.GetProperty("index").GetProperty("data").GetProperty("articles").GetInt32());
        Assert.Equal("Healthy", checks.GetProperty("state").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("model").GetProperty("status").GetString());
        Assert.Equal(1, model.ModelListRequests);
        Assert.Empty(model.Requests); // the probe costs no completion
    }

    [Fact]
    public async Task Readyz_fails_and_names_the_model_when_the_configured_model_is_down()
    {
        var model = FakeOpenAiServer.Start();
        await using var lab = await LabServer.StartAsync(ModelSettings.For(model));
        model.Dispose(); // nothing listens there any more
        using var http = new HttpClient { BaseAddress = new Uri(lab.BaseUrl) };

        using var ready = await http.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        var modelCheck = report.RootElement.GetProperty("checks").GetProperty("model");
        Assert.Equal("Unhealthy", modelCheck.GetProperty("status").GetString());
        Assert.Contains("not reachable", modelCheck.GetProperty("description").GetString());
        Assert.DoesNotContain("test-key", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode); // alive, just not ready
    }
}
