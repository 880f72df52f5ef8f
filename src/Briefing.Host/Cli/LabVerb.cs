using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Cli;

/// <summary>
/// <c>lab [--data DIR]</c>: the web host on its own — the prompt lab at <c>/lab</c>, <c>/healthz</c>, <c>/readyz</c>,
/// <c>/metrics</c> — over the configured sources (ingested at start). It does not run the Telegram bot (that is
/// <c>run</c> with <c>Web:Enabled</c>). Stops on Ctrl+C / SIGTERM.
/// </summary>
internal static class LabVerb
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("lab", "Start the prompt lab (http://127.0.0.1:5080/lab by default) with health checks and metrics.");
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, console, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CliConsole console, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>(CliGlobals.ConfigOverrides(parseResult)) { ["Telegram:BotToken"] = "" };
        await using var app = BriefingHostFactory.CreateWebApplication(overrides);
        app.Services.GetService<IStartupValidator>()?.Validate();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Briefing.Host.Lab");
        await ConfiguredSources.IngestAsync(app.Services, logger, cancellationToken);
        await app.StartAsync(cancellationToken);
        foreach (var url in app.Urls) console.Error.WriteLine($"Prompt lab: {url.TrimEnd('/')}/lab");
        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
