using Microsoft.Extensions.Options;

namespace Briefing.Core.Digests;

/// <summary>Fails start-up on an unknown <c>Digest:TimeZone</c>, naming the key and the value.</summary>
internal sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options) =>
        DigestTimeZones.TryFind(options.TimeZone, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Digest:TimeZone '{options.TimeZone}' is not a known time zone (use an IANA id such as Europe/Berlin or UTC).");
}
