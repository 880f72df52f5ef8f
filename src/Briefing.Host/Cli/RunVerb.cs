using System.CommandLine;
using Briefing.Host.Chat;
using Briefing.Telegram.Configuration;
using Briefing.Telegram.Conversation;
using Briefing.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Cli;

/// <summary>
/// <c>run</c> (also the default without a verb): the hosted bot. Ingests <c>Briefing:Sources</c>, then long-polls
/// Telegram when <c>Telegram:BotToken</c> is set, else runs the console chat on stdin/stdout. Stops gracefully on
/// Ctrl+C / SIGTERM.
/// </summary>
internal static class RunVerb
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("run", "Run the bot: ingest the configured sources, then Telegram (with a token) or a console chat.");
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, console, cancellationToken));
        return command;
    }

    /// <summary>Makes <c>run</c> what happens when no verb is given.</summary>
    public static void ConfigureAsDefault(RootCommand root, CliConsole console) =>
        root.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, console, cancellationToken));

    /// <summary>With <c>Web:Enabled</c> or <c>Telegram:Mode=Webhook</c> the bot runs inside the web host (lab, health checks, metrics); else a plain host.</summary>
    private static IHost Build(IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = BriefingHostFactory.CreateBuilder(overrides);
        var webhook = new TelegramOptions { Mode = builder.Configuration[$"{TelegramOptions.SectionName}:{nameof(TelegramOptions.Mode)}"] ?? "Polling" }.UsesWebhook;
        // A webhook needs the web host to receive Telegram's calls.
        if (!webhook && !builder.Configuration.GetValue<bool>($"{WebOptions.SectionName}:{nameof(WebOptions.Enabled)}")) return builder.Build();
        return BriefingHostFactory.CreateWebApplication(overrides);
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CliConsole console, CancellationToken cancellationToken)
    {
        using var host = Build(CliGlobals.ConfigOverrides(parseResult));
        host.Services.GetService<IStartupValidator>()?.Validate();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Briefing.Host.Run");
        await ConfiguredSources.IngestAsync(host.Services, logger, cancellationToken);

        if (host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value.Enabled)
        {
            var services = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToArray();
            await host.StartAsync(cancellationToken);
            // Returns on Ctrl+C / SIGTERM (the token) or when a service stops the host; then stops gracefully.
            await host.WaitForShutdownAsync(cancellationToken);
            // The polling service ends by itself only on a fatal error (e.g. Telegram rejected the token); it logged why.
            return services.Any(s => s.ExecuteTask is { IsFaulted: true }) ? ExitCodes.Failure : ExitCodes.Success;
        }

        logger.LogInformation("Telegram:BotToken is not set: running the console chat");
        await host.StartAsync(cancellationToken);
        try
        {
            await new ConsoleChat(host.Services.GetRequiredService<ConversationRouter>(), console).RunAsync(cancellationToken);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
        return ExitCodes.Success;
    }
}
