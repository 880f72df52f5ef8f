using Briefing.Core.Digests;
using Briefing.Core.Digests.Scheduling;
using Briefing.Telegram.Conversation;
using Briefing.Telegram.Digests;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Telegram.Commands;

/// <summary>
/// <c>/subscribe [HH:MM] [ZONE]</c>, for anyone: the digest every day at that local time (default 07:00, the zone
/// <c>Digest:TimeZone</c> or the one subscribed before), in the user's language. Subscribing again changes the time.
/// </summary>
internal sealed class SubscribeCommand(IServiceProvider services) : IBotCommand
{
    private static readonly TimeOnly DefaultTime = new(7, 0);

    public string Name => "subscribe";
    public bool StaffOnly => false;

    public string Describe(string language) => BotTexts.Pick(language, "Tagesüberblick täglich abonnieren (HH:MM Zeitzone)", "Get the digest every day (HH:MM zone)");

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Message.ChatId == 0) return context.ReplyAsync(DigestBotTexts.NoChat(context.Language), cancellationToken);
        if (services.GetService<ISubscriptionStore>() is not { } subscriptions || services.GetService<DigestBuilder>() is not { } builder)
            return context.ReplyAsync(DigestBotTexts.Unavailable(context.Language), cancellationToken);
        var arguments = DigestRequestArguments.Parse(context.Arguments, context.Language);
        if (arguments.Problem is not null || arguments.Date is not null || arguments.DaysBack is not null)
            return context.ReplyAsync($"{arguments.Problem} {DigestBotTexts.SubscribeUsage(context.Language)}".Trim(), cancellationToken);

        var existing = subscriptions.Find(context.Message.ChatId);
        var zone = arguments.Zone
                   ?? (existing is not null && DigestTimeZones.TryFind(existing.TimeZone, out var previous) ? previous : builder.DefaultZone);
        var subscription = subscriptions.Subscribe(context.Message.ChatId, arguments.Time ?? existing?.SendAt ?? DefaultTime, zone, context.Language);
        return context.ReplyAsync(DigestBotTexts.Subscribed(context.Language, subscription.SendAt, zone.Id, subscription.BringsPreviousDay), cancellationToken);
    }
}
