using System.Net.Http.Headers;
using Briefing.Core.Configuration;
using Briefing.Core.Llm;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Operations;

/// <summary>
/// With a model configured: ready when its OpenAI-compatible endpoint answers <c>GET /models</c>. A 5xx is
/// "degraded" (reachable, answers fall back for now); no answer at all is "unhealthy". Without a model: healthy.
/// </summary>
internal sealed class ModelHealthCheck(IOptions<LlmOptions> options, IHttpClientFactory httpClients) : IHealthCheck
{
    public const string HttpClientName = "Briefing.Web.ModelProbe";
    private const string OpenAiPublicApi = "https://api.openai.com/v1";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.IsEnabled) return HealthCheckResult.Healthy("No model configured (extractive answers)");
        var endpoint = (ModelEndpoint.Resolve(settings.ProviderKind, settings.Endpoint)?.AbsoluteUri ?? OpenAiPublicApi).TrimEnd('/');
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{endpoint}/models");
        if (!string.IsNullOrWhiteSpace(settings.ApiKey)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            // The endpoint is named, never the key.
            return status >= 500
                ? HealthCheckResult.Degraded($"The model endpoint {endpoint} answers {status}")
                : HealthCheckResult.Healthy($"The model endpoint {endpoint} answers ({status})");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The model endpoint {endpoint} is not reachable: {ex.Message}");
        }
    }
}
