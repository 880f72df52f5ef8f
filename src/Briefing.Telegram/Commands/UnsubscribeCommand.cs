using Briefing.Core.Digests.Scheduling;
using Briefing.Telegram.Conversation;
using Briefing.Telegram.Digests;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Telegram.Commands;

/// <summary><c>/unsubscribe</c>: no more daily digests for this chat.</summary>
internal sealed class UnsubscribeCommand(IServiceProvider services) : IBotCommand
{
    public string Name => "unsubscribe";
    public bool StaffOnly => false;

    public string Describe(string language) => BotTexts.Pick(language, "Tagesüberblick-Abo beenden", "Stop the daily digest");

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        context.ReplyAsync(
            context.Message.ChatId != 0 && services.GetService<ISubscriptionStore>()?.Unsubscribe(context.Message.ChatId) == true
                ? DigestBotTexts.Unsubscribed(context.Language)
                : DigestBotTexts.NotSubscribed(context.Language),
            cancellationToken);
}
