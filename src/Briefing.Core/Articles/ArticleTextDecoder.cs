using System.Text;

namespace Briefing.Core.Articles;

/// <summary>
/// Decodes article files: UTF-8 (with or without BOM, strict), UTF-16 with BOM, else Windows-1252, else Latin-1.
/// Binary content is refused before decoding; a Latin-1 result full of C1 control characters is refused as
/// undecodable, because no real text in a Western encoding contains them.
/// </summary>
internal static class ArticleTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252;
    private static readonly Encoding Latin1 = Encoding.Latin1;

    static ArticleTextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return TryDecode(StrictUtf8, bytes[3..]) is { } withBom
                ? Success(withBom)
                : MostlyUtf8Decoder.TryDecode(bytes[3..], Windows1252) is { } repaired
                    ? Success(repaired)
                    : DecodedText.Failure("undecodable: not valid UTF-8 although it starts with a UTF-8 byte order mark");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return DecodeUtf16(bytes);
        if (LooksBinary(bytes)) return DecodedText.Failure("binary content (NUL or control bytes), not a text file");
        if (TryDecode(StrictUtf8, bytes) is { } utf8) return Success(utf8);
        if (MostlyUtf8Decoder.TryDecode(bytes, Windows1252) is { } mostlyUtf8) return Success(mostlyUtf8);
        // Windows-1252 agrees with Latin-1 on every printable Latin-1 character and reads 0x80-0x9F as the
        // typographic quotes and dashes such files really mean. .NET maps its five undefined bytes to C1 controls.
        var western = TryDecode(Windows1252, bytes) ?? Latin1.GetString(bytes);
        var c1Controls = western.Count(c => c is >= '\u0080' and <= '\u009F');
        return c1Controls * 100 > western.Length
            ? DecodedText.Failure("undecodable: neither UTF-8 nor Windows-1252/Latin-1 text")
            : Success(western);
    }

    private static DecodedText DecodeUtf16(ReadOnlySpan<byte> bytes)
    {
        var bigEndian = bytes[0] == 0xFE;
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        return TryDecode(encoding, bytes[2..]) is { } text && !LooksBinary(text)
            ? Success(text)
            : DecodedText.Failure("undecodable: invalid UTF-16 text");
    }

    private static DecodedText Success(string text) => DecodedText.Success(text);

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>NUL anywhere, or more than 1 in 20 bytes a C0 control other than tab, line breaks and form feed.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Contains((byte)0)) return true;
        var controls = 0;
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)) controls++;
        }
        return controls * 20 > bytes.Length;
    }

    private static bool LooksBinary(string text)
    {
        var controls = text.Count(c => c < ' ' && c is not ('\t' or '\n' or '\r' or '\f'));
        return text.Contains('\0') || controls * 20 > text.Length;
    }
}
