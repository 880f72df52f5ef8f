using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Briefing.Core.Articles;

/// <summary>
/// Rescues UTF-8 files with a few stray bytes (a Latin-1 fragment pasted into a UTF-8 article): the valid
/// UTF-8 stays UTF-8 and only the broken bytes are read as Windows-1252, instead of turning every umlaut of
/// the file into mojibake ("Ã¼") by decoding all of it as Windows-1252.
/// </summary>
internal static class MostlyUtf8Decoder
{
    /// <summary>At least this many correctly encoded non-ASCII characters per broken byte.</summary>
    private const int ValidCharsPerInvalidByte = 3;

    public static string? TryDecode(ReadOnlySpan<byte> bytes, Encoding fallback)
    {
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var output = new StringBuilder(bytes.Length);
            int validNonAscii = 0, invalidBytes = 0;
            while (!bytes.IsEmpty)
            {
                var status = Utf8.ToUtf16(bytes, buffer, out var read, out var written, replaceInvalidSequences: false);
                var decoded = buffer.AsSpan(0, written);
                foreach (var c in decoded) if (c > '\u007F') validNonAscii++;
                output.Append(decoded);
                bytes = bytes[read..];
                if (status == OperationStatus.Done) break;
                invalidBytes++;
                output.Append(fallback.GetString(bytes[..1]));
                bytes = bytes[1..];
            }
            return invalidBytes > 0 && validNonAscii >= invalidBytes * ValidCharsPerInvalidByte ? output.ToString() : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
