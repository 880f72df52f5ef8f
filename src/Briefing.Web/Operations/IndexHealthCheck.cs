using Briefing.Core.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Briefing.Web.Operations;

/// <summary>Ready when the search index is open and answers a count (a broken or deleted index folder throws).</summary>
internal sealed class IndexHealthCheck(INewsIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var data = new Dictionary<string, object> { ["articles"] = index.ArticleCount, ["passages"] = index.PassageCount };
            return Task.FromResult(HealthCheckResult.Healthy($"{data["articles"]} articles indexed", data));
        }
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"The search index cannot be read: {ex.Message}"));
        }
    }
}
