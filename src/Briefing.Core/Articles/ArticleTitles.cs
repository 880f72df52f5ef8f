using Briefing.Core.Text;

namespace Briefing.Core.Articles;

/// <summary>Makes a headline for an article that came without one.</summary>
internal static class ArticleTitles
{
    public const int MaxDerivedTitleChars = 120;

    /// <summary>The first sentence of the text, cut at a word boundary near 120 characters with an ellipsis.</summary>
    public static string FromFirstSentence(string text)
    {
        var sentences = SentenceSplitter.Split(WhitespaceNormalizer.Collapse(text));
        var first = sentences.Count > 0 ? sentences[0] : string.Empty;
        if (first.Length <= MaxDerivedTitleChars) return first;
        var cut = first.LastIndexOf(' ', MaxDerivedTitleChars);
        if (cut < MaxDerivedTitleChars / 2) cut = MaxDerivedTitleChars;
        return first[..cut].TrimEnd(' ', ',', ';', ':', '-', '–') + "…";
    }
}
