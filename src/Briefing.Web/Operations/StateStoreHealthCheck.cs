using Briefing.Core.State;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Briefing.Web.Operations;

/// <summary>Ready when the state database (chat history, subscriptions, answers) opens and runs a query.</summary>
internal sealed class StateStoreHealthCheck(StateDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = database.Open();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("The state store answers");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The state store cannot be reached: {ex.Message}");
        }
    }
}
