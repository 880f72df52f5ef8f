using Briefing.Storage;
using Briefing.Core;
using Briefing.Core.Evaluation;
using Briefing.Core.Digests;
using Briefing.Core.Llm;
using Briefing.Core.Web;
using Briefing.Core.Lexicon;
using Briefing.Telegram;
using Briefing.Telegram.Digests;
using Briefing.Web;
using Briefing.Host.Web;
using Briefing.Web.Lab.Compare;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Host;

/// <summary>
/// Composes the host for every verb. Configuration layers, last wins: appsettings.json (next to the program),
/// appsettings.{Environment}.json, user secrets (Development), environment variables, command-line overrides.
/// </summary>
internal static class BriefingHostFactory
{
    public static HostApplicationBuilder CreateBuilder(IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = EnvironmentName(),
        });
        Compose(builder, overrides);
        return builder;
    }

    /// <summary>
    /// The same composition on ASP.NET Core (<c>lab</c>, and <c>run</c> with <c>Web:Enabled</c>): the engine, Telegram
    /// and the web host's lab, health checks and metrics in one process, one service provider.
    /// </summary>
    public static WebApplication CreateWebApplication(IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = EnvironmentName(),
        });
        Compose(builder, overrides);
        builder.UseBriefingWebServer();
        builder.Services.AddBriefingWebHost(builder.Configuration);
        // Comparisons in the lab build the pipeline again with a few keys changed, on top of these overrides.
        builder.Services.AddSingleton<IPipelineVariantFactory>(new HostPipelineVariantFactory(overrides));
        var app = builder.Build();
        app.MapBriefingWebHost();
        return app;
    }

    private static string EnvironmentName() =>
        Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
        ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
        ?? Environments.Production;

    private static void Compose(IHostApplicationBuilder builder, IReadOnlyDictionary<string, string?> overrides)
    {
        var environment = builder.Environment.EnvironmentName;
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, $"appsettings.{environment}.json"), optional: true, reloadOnChange: false);
        if (builder.Environment.IsDevelopment())
            builder.Configuration.AddUserSecrets(typeof(BriefingHostFactory).Assembly, optional: true);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(overrides);

        // Logs go to stderr so that stdout stays machine-readable (--json).
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // Upstream error bodies and exception messages reach the log: secrets are masked before any line is written.
        builder.Logging.RedactSecrets(builder.Configuration);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddBriefingCore(builder.Configuration);
        builder.Services.AddBriefingStorage(builder.Configuration);
        builder.Services.AddBriefingEvaluation();
        builder.Services.AddBriefingDigests(builder.Configuration);
        builder.Services.AddBriefingLlm(builder.Configuration);
        builder.Services.AddBriefingWeb(builder.Configuration);
        builder.Services.AddBriefingLexicon(builder.Configuration);
        builder.Services.AddBriefingTelegram(builder.Configuration);
        builder.Services.AddBriefingTelegramDigests(builder.Configuration);
    }
}
