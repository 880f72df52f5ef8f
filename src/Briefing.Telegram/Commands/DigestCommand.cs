using Briefing.Core.Digests;
using Briefing.Core.Digests.Scheduling;
using Briefing.Telegram.Conversation;
using Briefing.Telegram.Digests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Telegram.Commands;

/// <summary>
/// <c>/digest [YYYY-MM-DD|today|yesterday] [ZONE]</c>: the digest of a day, in the user's language. Staff only unless
/// <c>Digest:OpenToAll</c>. The day is local to the given zone, else the chat's subscription zone, else <c>Digest:TimeZone</c>.
/// Digest services are resolved lazily so the chat also runs in a composition without digests (it then says so).
/// </summary>
internal sealed class DigestCommand(IServiceProvider services) : IBotCommand
{
    public string Name => "digest";
    public bool StaffOnly => services.GetService<IOptions<DigestOptions>>()?.Value.OpenToAll != true;

    public string Describe(string language) => BotTexts.Pick(language, "Tagesüberblick eines Tages (Datum optional)", "The daily digest of a day (date optional)");

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (services.GetService<DigestBuilder>() is not { } builder)
        {
            await context.ReplyAsync(DigestBotTexts.Unavailable(context.Language), cancellationToken);
            return;
        }
        var arguments = DigestRequestArguments.Parse(context.Arguments, context.Language);
        if (arguments.Problem is not null || arguments.Time is not null)
        {
            await context.ReplyAsync(DigestBotTexts.DigestUsage(context.Language, arguments.Problem ?? ""), cancellationToken);
            return;
        }
        var zone = arguments.Zone ?? ChatZone(context, services.GetService<ISubscriptionStore>()) ?? builder.DefaultZone;
        var date = arguments.Date ?? builder.Today(zone).AddDays(-(arguments.DaysBack ?? 0));
        await context.Channel.ShowTypingAsync(cancellationToken);
        var digest = await builder.BuildAsync(date, zone, context.Language, cancellationToken);
        await context.ReplyAsync(DigestReplies.ForDigest(digest, context.Language), cancellationToken);
    }

    private static TimeZoneInfo? ChatZone(CommandContext context, ISubscriptionStore? subscriptions) =>
        context.Message.ChatId != 0 && subscriptions?.Find(context.Message.ChatId) is { } subscription
        && DigestTimeZones.TryFind(subscription.TimeZone, out var zone) ? zone : null;
}
