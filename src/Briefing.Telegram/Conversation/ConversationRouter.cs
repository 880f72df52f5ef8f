using System.Collections.Frozen;
using Briefing.Telegram.Replies;
using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Conversation;

/// <summary>
/// Transport-agnostic dispatch: a command message goes to the <see cref="IBotCommand"/> of that name, plain text to
/// <c>ask</c>, a document to <c>ingest</c>, a button's <c>"name:argument"</c> to that command. An exception in one
/// message is logged and answered with an apology; it never reaches the transport's loop.
/// </summary>
public sealed class ConversationRouter
{
    public const string AskCommandName = "ask";
    public const string IngestCommandName = "ingest";

    private readonly FrozenDictionary<string, IBotCommand> _commands;
    private readonly BotStatistics _statistics;
    private readonly ILogger<ConversationRouter> _logger;

    public ConversationRouter(IEnumerable<IBotCommand> commands, BotStatistics statistics, ILogger<ConversationRouter> logger)
    {
        // Two commands answering to one name would make the winner depend on registration order: refuse at start.
        var byName = commands.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
        if (byName.FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            throw new InvalidOperationException(
                $"The command name /{clash.Key} is taken by {string.Join(" and ", clash.Select(c => c.GetType().Name))}; each command needs its own name.");
        }
        _commands = byName.ToFrozenDictionary(g => g.Key, g => g.Single(), StringComparer.OrdinalIgnoreCase);
        _statistics = statistics;
        _logger = logger;
    }

    /// <summary>All commands, in name order (for /help and Telegram's command menu).</summary>
    public IReadOnlyList<IBotCommand> Commands => _commands.Values.OrderBy(c => c.Name, StringComparer.Ordinal).ToArray();

    public async Task HandleMessageAsync(IncomingMessage message, IConversationChannel channel, CancellationToken cancellationToken)
    {
        if (!message.IsAddressedToBot) return;
        _statistics.CountMessage(message.ConversationId);
        var context = new CommandContext(message, "", channel);
        await GuardAsync(context, async () =>
        {
            if (message.Document is not null)
            {
                await DispatchAsync(IngestCommandName, new CommandContext(message, message.Text ?? "", channel), cancellationToken);
                return;
            }
            if (string.IsNullOrWhiteSpace(message.Text))
            {
                await channel.SendAsync(Reply.Text(BotTexts.TextOnly(context.Language)), cancellationToken);
                return;
            }
            if (CommandLine.TryParse(message.Text) is { } command)
            {
                await DispatchAsync(command.Name, new CommandContext(message, command.Arguments, channel), cancellationToken);
                return;
            }
            // Staff can ingest a page by just sending its address; for everyone else a URL is a question.
            var name = message.IsStaff && IsBareWebAddress(message.Text) ? IngestCommandName : AskCommandName;
            await DispatchAsync(name, new CommandContext(message, message.Text, channel), cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Runs the command named in an inline button's callback data, in the chat where the button was pressed.</summary>
    public async Task HandleButtonAsync(IncomingMessage message, string? callbackData, IConversationChannel channel, CancellationToken cancellationToken)
    {
        var (name, argument) = CallbackData.Parse(callbackData);
        var context = new CommandContext(message, argument, channel, fromButton: true);
        await GuardAsync(context, async () =>
        {
            if (!_commands.ContainsKey(name))
            {
                await channel.SendAsync(Reply.Text(BotTexts.ExpiredButton(context.Language)), cancellationToken);
                return;
            }
            await DispatchAsync(name, context, cancellationToken);
        }, cancellationToken);
    }

    private static bool IsBareWebAddress(string text)
    {
        var trimmed = text.Trim();
        return !trimmed.Contains(' ', StringComparison.Ordinal)
               && Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
    }

    private async Task DispatchAsync(string name, CommandContext context, CancellationToken cancellationToken)
    {
        if (!_commands.TryGetValue(name, out var command))
        {
            await context.ReplyAsync(BotTexts.UnknownCommand(context.Language, name), cancellationToken);
            return;
        }
        if (command.StaffOnly && !context.Message.IsStaff)
        {
            _logger.LogInformation("Refused staff command {Command} in {Conversation}", name, context.ConversationId);
            await context.ReplyAsync(BotTexts.StaffOnly(context.Language), cancellationToken);
            return;
        }
        await command.HandleAsync(context, cancellationToken);
    }

    private async Task GuardAsync(CommandContext context, Func<Task> handle, CancellationToken cancellationToken)
    {
        try
        {
            await handle();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            _statistics.CountError();
            _logger.LogError(ex, "Handling a message in {Conversation} failed", context.ConversationId);
            try
            {
                await context.ReplyAsync(BotTexts.Apology(context.Language), cancellationToken);
            }
            catch (Exception replyError) when (replyError is not OperationCanceledException)
            {
                _logger.LogWarning(replyError, "Could not send the apology to {Conversation}", context.ConversationId);
            }
        }
    }
}
