using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefing.Core.Digests;

/// <summary>The contract's <c>digest --json</c> form.</summary>
public static class DigestJson
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        // Umlauts and quotes stay readable; the output is JSON for scripts, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Digest digest) => JsonSerializer.Serialize(digest, Indented);
}
