using System.CommandLine;
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
        var overrides = new Dictionary<string, string?> { ["Logging:LogLevel:Briefing"] = "Warning" };
        foreach (var (key, value) in CliGlobals.ConfigOverrides(parseResult)) overrides[key] = value;
        foreach (var (key, value) in extraOverrides ?? new Dictionary<string, string?>()) overrides[key] = value;
        var host = BriefingHostFactory.CreateBuilder(overrides).Build();
        // Verbs do not start the host, so run the ValidateOnStart checks here: bad configuration names its key.
        host.Services.GetService<IStartupValidator>()?.Validate();
        return host;
    }
}
