using Briefing.Core.Configuration;
using Briefing.Core.Digests.Scheduling;
using Briefing.Telegram.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Telegram.Digests;

/// <summary>
/// Subscribers' digests over Telegram: the <see cref="ImplementationKeys.Telegram"/> digest delivery, active when a
/// bot token is configured. Without a token no delivery is active and the digest scheduler stays idle (rather than
/// "sending" digests into the log and marking the day as done).
/// </summary>
public static class TelegramDigestServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingTelegramDigests(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddKeyedSingleton<IDigestDelivery, TelegramDigestDelivery>(ImplementationKeys.Telegram);
        return services;
    }
}
