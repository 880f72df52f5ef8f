namespace Briefing.Core.Articles;

/// <summary>The outcome of decoding a file's bytes: the text, or why it cannot be read as text.</summary>
internal sealed record DecodedText(string? Text, string? Error)
{
    public static DecodedText Success(string text) => new(text, null);
    public static DecodedText Failure(string error) => new(null, error);
}
