using Briefing.Core.Digests.Scheduling;
using Briefing.Telegram.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Telegram.Digests;

/// <summary>
/// Subscribers' digests go out over Telegram when a bot token is configured. Call after <c>AddBriefingTelegram</c>
/// and <c>AddBriefingDigests</c>; without a token no delivery is registered and the digest scheduler stays idle
/// (rather than "sending" digests into the log and marking the day as done).
/// </summary>
public static class TelegramDigestServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingTelegramDigests(this IServiceCollection services, IConfiguration configuration)
    {
        var telegram = configuration.GetSection(TelegramOptions.SectionName).Get<TelegramOptions>() ?? new TelegramOptions();
        if (telegram.Enabled) services.TryAddEnumerable(ServiceDescriptor.Singleton<IDigestDelivery, TelegramDigestDelivery>());
        return services;
    }
}
