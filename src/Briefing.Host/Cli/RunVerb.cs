using System.CommandLine;
using Briefing.Core.Configuration;
using Briefing.Core.Ingestion;
using Briefing.Host.Chat;
using Briefing.Telegram.Configuration;
using Briefing.Telegram.Conversation;
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

    private static async Task<int> RunAsync(ParseResult parseResult, CliConsole console, CancellationToken cancellationToken)
    {
        using var host = BriefingHostFactory.CreateBuilder(CliGlobals.ConfigOverrides(parseResult)).Build();
        host.Services.GetService<IStartupValidator>()?.Validate();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Briefing.Host.Run");

        var sources = SourcesConfiguration.Read(host.Services.GetRequiredService<IConfiguration>()).Select(s => s.Location).ToArray();
        // Scheduled: the sources come back at every start, and an article staff removed must not come back with them.
        var report = await host.Services.GetRequiredService<IngestionService>().IngestAsync(sources, null, cancellationToken, IngestTrigger.Scheduled);
        foreach (var rejection in report.Rejected)
            logger.LogWarning("Source input {Input} rejected: {Reason}", rejection.Input, rejection.Reason);

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
