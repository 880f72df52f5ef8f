using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Core.Web;

/// <summary>Turns a fetched HTML body into text: the header's charset, else the page's meta charset, else UTF-8.</summary>
internal static partial class WebPageDecoder
{
    // Pages still arrive as windows-1252 or iso-8859-15; those code pages need the provider in .NET.
    static WebPageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] body, string? headerCharset)
    {
        var encoding = TryGetEncoding(headerCharset) ?? TryGetEncoding(MetaCharset(body)) ?? new UTF8Encoding(false);
        var text = encoding.GetString(body);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>NUL bytes or many control characters near the start: an image or archive served as text/html.</summary>
    public static bool LooksBinary(byte[] body)
    {
        var head = body.AsSpan(0, Math.Min(body.Length, 8192));
        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF))) return false; // UTF-16 BOM
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C) control++;
        }
        return control > head.Length / 100;
    }

    private static string? MetaCharset(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 4096));
        var match = CharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Encoding? TryGetEncoding(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
