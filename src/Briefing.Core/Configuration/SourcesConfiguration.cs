using Microsoft.Extensions.Configuration;

namespace Briefing.Core.Configuration;

/// <summary>
/// Reads <c>Briefing:Sources</c>, whose entries are either plain strings ("samples") or objects
/// (<c>{"url": "...", "every": "00:15:00"}</c>); the options binder cannot bind such a mixed array.
/// </summary>
public static class SourcesConfiguration
{
    public static IReadOnlyList<SourceEntry> Read(IConfiguration configuration)
    {
        var section = configuration.GetSection($"{BriefingOptions.SectionName}:Sources");
        if (!section.Exists()) return [new SourceEntry("samples")];
        var entries = new List<SourceEntry>();
        foreach (var child in section.GetChildren())
        {
            if (!string.IsNullOrWhiteSpace(child.Value))
            {
                entries.Add(new SourceEntry(child.Value.Trim()));
                continue;
            }
            var location = child["url"] ?? child["path"];
            if (string.IsNullOrWhiteSpace(location))
                throw new InvalidOperationException($"Briefing:Sources:{child.Key} needs a \"url\" or \"path\".");
            TimeSpan? every = null;
            if (child["every"] is { } text)
            {
                if (!TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var parsed) || parsed <= TimeSpan.Zero)
                    throw new InvalidOperationException($"Briefing:Sources:{child.Key}:every must be a positive time span such as 00:15:00, not \"{text}\".");
                every = parsed;
            }
            entries.Add(new SourceEntry(location.Trim(), every));
        }
        return entries;
    }
}
