namespace Briefing.Core.Web;

/// <summary>Thrown from the connection guard when a host resolves only to addresses that may not be contacted.</summary>
public sealed class BlockedAddressException(string host, string address)
    : IOException((host == address ? $"{host} is" : $"{host} resolves to {address},")
                  + $" a loopback, private, link-local or metadata address; requests there are refused unless "
                  + $"{WebIngestionOptions.SectionName}:AllowPrivateNetworks is true.")
{
    public string Host { get; } = host;

    /// <summary>The refusal somewhere in an exception chain (HttpClient wraps what the connect callback throws).</summary>
    public static BlockedAddressException? FindIn(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is BlockedAddressException blocked) return blocked;
        return null;
    }
}
