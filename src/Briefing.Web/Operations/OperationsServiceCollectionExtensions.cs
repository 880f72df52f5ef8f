using Briefing.Core.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Briefing.Web.Operations;

public static class OperationsServiceCollectionExtensions
{
    private const string OtlpEnvironmentVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Health checks (index, state store, model and Telegram when configured) and OpenTelemetry: the Briefing meter
    /// (plus ASP.NET Core's and HttpClient's) for Prometheus; the Briefing trace spans by OTLP only when an endpoint is set.
    /// </summary>
    public static IServiceCollection AddBriefingOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpClient(ModelHealthCheck.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(5));
        services.AddHealthChecks()
            .AddCheck<IndexHealthCheck>("index", tags: [OperationsEndpoints.ReadyTag])
            .AddCheck<StateStoreHealthCheck>("state", tags: [OperationsEndpoints.ReadyTag])
            .AddCheck<ModelHealthCheck>("model", tags: [OperationsEndpoints.ReadyTag])
            .AddCheck<TelegramHealthCheck>("telegram", tags: [OperationsEndpoints.ReadyTag]);

        var otlp = configuration[$"{WebOptions.SectionName}:{nameof(WebOptions.OtlpEndpoint)}"];
        if (string.IsNullOrWhiteSpace(otlp)) otlp = Environment.GetEnvironmentVariable(OtlpEnvironmentVariable);
        // Meters are enabled through Microsoft.Extensions.Diagnostics rules limited to this container's IMeterFactory
        // (MeterScope.Local): another pipeline in the same process — a lab comparison's variant, a second host in a
        // test — records into its own meters and never into this host's /metrics.
        services.AddMetrics(builder =>
        {
            foreach (var meter in new[] { BriefingMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "System.Net.Http" })
                builder.EnableMetrics(meter, scopes: MeterScope.Local);
        });
        var telemetry = services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(otlp))
        {
            var endpoint = new Uri(otlp);
            telemetry.WithTracing(tracing => tracing
                .AddSource(BriefingActivities.SourceName)
                .AddOtlpExporter(o => o.Endpoint = endpoint));
        }
        return services;
    }
}
