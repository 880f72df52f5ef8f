using System.Globalization;
using Briefing.Core.Search;
using Briefing.Telegram.Conversation;
using Briefing.Telegram.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Telegram.Commands;

/// <summary><c>/stats</c> (staff): index size and this process's conversation counters.</summary>
internal sealed class StatsCommand(BotStatistics statistics, IServiceProvider services, TimeProvider time) : IBotCommand
{
    public string Name => "stats";
    public bool StaffOnly => true;

    public string Describe(string language) => BotTexts.Pick(language, "Kennzahlen (Redaktion)", "Statistics (staff)");

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var de = context.Language == "de";
        var reply = new ReplyBuilder().Bold(de ? "Statistik" : "Statistics");
        // The index is optional here so that the chat works before the index area is composed (and in tests).
        if (services.GetService<INewsIndex>() is { } index)
            Line(reply, de ? "Artikel / Passagen" : "Articles / passages", $"{index.ArticleCount} / {index.PassageCount}");
        var uptime = time.GetUtcNow() - statistics.StartedAt;
        Line(reply, de ? "Laufzeit" : "Uptime", $"{(int)uptime.TotalHours}h {uptime.Minutes}m");
        Line(reply, de ? "Chats" : "Chats", statistics.Conversations.ToString(CultureInfo.InvariantCulture));
        Line(reply, de ? "Nachrichten" : "Messages", statistics.Messages.ToString(CultureInfo.InvariantCulture));
        Line(reply, de ? "Fragen (davon ohne Antwort)" : "Questions (not covered)", $"{statistics.Questions} ({statistics.Abstained})");
        Line(reply, de ? "Fehler" : "Errors", statistics.Errors.ToString(CultureInfo.InvariantCulture));
        return context.ReplyAsync(reply.Build(), cancellationToken);
    }

    private static void Line(ReplyBuilder reply, string label, string value) => reply.Text($"\n{label}: ").Code(value);
}
