using System.CommandLine;
using Briefing.Core.Configuration;
using Briefing.Core.Ingestion;
using Briefing.Core.Search;
using Briefing.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Cli;

/// <summary>Builds the host for a one-shot verb: services and validated options, without starting background services.</summary>
internal static class CliHost
{
    public static IHost Build(ParseResult parseResult, IReadOnlyDictionary<string, string?>? extraOverrides = null)
    {
        // One-shot verbs print their own summaries; routine information logs would only repeat them on stderr.
        // They never talk to Telegram: a malformed bot token (checked at start) must not stop them.
        var overrides = new Dictionary<string, string?> { ["Logging:LogLevel:Briefing"] = "Warning", ["Telegram:BotToken"] = "" };
        foreach (var (key, value) in CliGlobals.ConfigOverrides(parseResult)) overrides[key] = value;
        foreach (var (key, value) in extraOverrides ?? new Dictionary<string, string?>()) overrides[key] = value;
        var host = BriefingHostFactory.CreateBuilder(overrides).Build();
        // Verbs do not start the host, so run the ValidateOnStart checks here: bad configuration names its key.
        host.Services.GetService<IStartupValidator>()?.Validate();
        return host;
    }

    /// <summary>For verbs that read the index (ask, chat, digest, eval): the folder must exist and its index be usable.</summary>
    public static IHost BuildForReading(ParseResult parseResult, IReadOnlyDictionary<string, string?>? extraOverrides = null)
    {
        var host = Build(parseResult, extraOverrides);
        try
        {
            var dataDir = host.Services.GetRequiredService<IOptions<BriefingOptions>>().Value.DataDirFullPath;
            if (DataFolderCheck.PathProblem(dataDir, forReading: true) is { } problem) throw new DataFolderProblemException(problem, ExitCodes.Failure);
            if (DataFolderCheck.IndexProblem(dataDir, host.Services.GetRequiredService<INewsIndex>(), host.Services.GetRequiredService<IArticleStore>()) is { } empty)
                throw new DataFolderProblemException(empty, ExitCodes.Failure);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>For verbs that write (ingest, reindex): the folder may be new, but must be a writable folder.</summary>
    public static IHost BuildForWriting(ParseResult parseResult)
    {
        var host = Build(parseResult);
        var dataDir = host.Services.GetRequiredService<IOptions<BriefingOptions>>().Value.DataDirFullPath;
        if (DataFolderCheck.PathProblem(dataDir, forReading: false) is not { } problem) return host;
        host.Dispose();
        throw new DataFolderProblemException(problem, File.Exists(dataDir) ? ExitCodes.BadInput : ExitCodes.Failure);
    }
}
