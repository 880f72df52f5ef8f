using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;

namespace Briefing.Web.Operations;

/// <summary><c>/healthz</c> (the process is alive), <c>/readyz</c> (everything it needs answers), <c>/metrics</c> (Prometheus).</summary>
public static class OperationsEndpoints
{
    /// <summary>The tag of the checks that decide readiness.</summary>
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapBriefingOperations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportWriter.WriteAsync });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthReportWriter.WriteAsync });
        endpoints.MapPrometheusScrapingEndpoint("/metrics");
        return endpoints;
    }
}
