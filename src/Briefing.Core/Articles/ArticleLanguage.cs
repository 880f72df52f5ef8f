using Briefing.Core.Text;

namespace Briefing.Core.Articles;

/// <summary>An article's language: the one its metadata names when that is a language code, else detected.</summary>
internal static class ArticleLanguage
{
    private const int DetectionSampleChars = 3_000;

    public static string Resolve(string? given, string title, IReadOnlyList<string> paragraphs) =>
        Normalize(given) ?? LanguageDetector.Detect(Sample(title, paragraphs));

    /// <summary>"de", "DE", "de-AT", "en_GB" → the two-letter code; anything else → null.</summary>
    internal static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var primary = code.Trim().Split('-', '_')[0];
        return primary.Length == 2 && primary.All(char.IsAsciiLetter) ? primary.ToLowerInvariant() : null;
    }

    private static string Sample(string title, IReadOnlyList<string> paragraphs)
    {
        var sample = title;
        foreach (var paragraph in paragraphs)
        {
            if (sample.Length >= DetectionSampleChars) break;
            sample += "\n" + paragraph;
        }
        return sample;
    }
}
