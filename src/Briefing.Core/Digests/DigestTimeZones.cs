using System.Diagnostics.CodeAnalysis;

namespace Briefing.Core.Digests;

/// <summary>Looks up time zones by IANA id ("Europe/Berlin"); Windows ids work too where the system maps them.</summary>
public static class DigestTimeZones
{
    public static bool TryFind(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64) return false;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return false;
        }
    }

    /// <exception cref="DigestRequestException">The id names no known zone; the message names it.</exception>
    public static TimeZoneInfo Find(string? id) =>
        TryFind(id, out var zone)
            ? zone
            : throw new DigestRequestException($"Unknown time zone '{id}'. Use an IANA id such as Europe/Berlin, America/New_York or UTC.");
}
