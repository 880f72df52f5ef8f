using Briefing.Core.Configuration;
using Briefing.Core.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Host.Cli;

/// <summary>Ingests <c>Briefing:Sources</c> once at start (<c>run</c>, <c>lab</c>); rejected inputs are logged with their reason.</summary>
internal static class ConfiguredSources
{
    public static async Task IngestAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var sources = SourcesConfiguration.Read(services.GetRequiredService<IConfiguration>()).Select(s => s.Location).ToArray();
        // Scheduled: the sources come back at every start, and an article staff removed must not come back with them.
        var report = await services.GetRequiredService<IngestionService>().IngestAsync(sources, null, cancellationToken, IngestTrigger.Scheduled);
        foreach (var rejection in report.Rejected)
            logger.LogWarning("Source input {Input} rejected: {Reason}", rejection.Input, rejection.Reason);
    }
}
