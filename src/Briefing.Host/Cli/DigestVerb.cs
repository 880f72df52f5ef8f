using System.CommandLine;
using System.Globalization;
using Briefing.Core.Digests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Cli;

/// <summary><c>digest [--date YYYY-MM-DD] [--tz ZONE] [--json]</c>: the day's stories, clustered, ranked and cited.</summary>
internal static class DigestVerb
{
    public static Command Create(CliConsole console)
    {
        var date = new Option<string?>("--date") { Description = "The day (YYYY-MM-DD); default: today in the time zone." };
        var zone = new Option<string?>("--tz") { Description = "IANA time zone that defines the day (default: Digest:TimeZone)." };
        var json = new Option<bool>("--json") { Description = "Print the digest as JSON." };
        var command = new Command("digest", "The daily digest: the day's stories across sources, with citations.") { date, zone, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var dateText = parseResult.GetValue(date);
            DateOnly? day = null;
            if (dateText is not null)
            {
                if (!DateOnly.TryParseExact(dateText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                    return Usage(console, $"--date must be a date like 2026-11-26 (YYYY-MM-DD), not '{dateText}'.");
                day = parsed;
                if (parsed.Year is < 2 or > 9998) return Usage(console, $"--date {dateText} is out of range.");
            }
            var zoneId = parseResult.GetValue(zone);
            if (zoneId is not null && !DigestTimeZones.TryFind(zoneId, out _))
                return Usage(console, $"--tz: unknown time zone '{zoneId}'. Use an IANA id such as Europe/Berlin or UTC.");

            using var host = BuildHost(console, parseResult);
            if (host is null) return ExitCodes.Failure;
            var builder = host.Services.GetRequiredService<DigestBuilder>();
            var timeZone = zoneId is null ? builder.DefaultZone : DigestTimeZones.Find(zoneId);
            var digest = await builder.BuildAsync(day ?? builder.Today(timeZone), timeZone, language: null, cancellationToken);
            console.Out.WriteLine(parseResult.GetValue(json) ? DigestJson.Serialize(digest) : DigestTextFormatter.Format(digest));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The host, or null after printing which configuration key is wrong.</summary>
    private static Microsoft.Extensions.Hosting.IHost? BuildHost(CliConsole console, ParseResult parseResult)
    {
        try
        {
            return CliHost.BuildForReading(parseResult);
        }
        catch (OptionsValidationException ex)
        {
            console.Error.WriteLine($"Configuration error: {string.Join(" ", ex.Failures)}");
            return null;
        }
    }

    private static int Usage(CliConsole console, string message)
    {
        console.Error.WriteLine(message);
        return ExitCodes.BadInput;
    }
}
