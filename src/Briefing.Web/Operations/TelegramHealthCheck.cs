using Briefing.Telegram.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Briefing.Web.Operations;

/// <summary>With a bot token configured: ready when the Bot API answers <c>getMe</c>. Without one: healthy.</summary>
internal sealed class TelegramHealthCheck(IOptions<TelegramOptions> options, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled) return HealthCheckResult.Healthy("No Telegram bot configured");
        try
        {
            var me = await services.GetRequiredService<ITelegramBotClient>().GetMe(cancellationToken);
            return HealthCheckResult.Healthy($"Telegram answers as @{me.Username}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception text of a failed Bot API call never holds the token (it is part of the URL only).
            return HealthCheckResult.Unhealthy($"The Telegram Bot API is not reachable: {ex.GetType().Name}");
        }
    }
}
