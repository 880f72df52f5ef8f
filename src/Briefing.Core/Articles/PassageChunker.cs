using Briefing.Core.Text;

namespace Briefing.Core.Articles;

/// <summary>
/// Cuts an article into passages, the unit of retrieval and citation. Paragraph-sized: a tiny paragraph
/// (a dateline, a one-line quote) joins the next one, a very long paragraph is split at sentence boundaries
/// into pieces of a few hundred characters. Passage text is the article's own text with white space
/// collapsed, and the same article always yields the same passages and ids.
/// </summary>
public static class PassageChunker
{
    /// <summary>Paragraphs shorter than this join the following paragraph.</summary>
    public const int MinPassageChars = 150;
    /// <summary>Paragraphs longer than this are split at sentence boundaries.</summary>
    public const int MaxPassageChars = 900;
    /// <summary>Pieces of a split paragraph aim at this length and stay under <see cref="MaxPieceChars"/> where sentences allow.</summary>
    public const int TargetPieceChars = 550;
    public const int MaxPieceChars = 700;

    public static IReadOnlyList<Passage> Chunk(Article article)
    {
        var texts = new List<string>();
        var carry = string.Empty;
        foreach (var paragraph in article.Paragraphs.Select(WhitespaceNormalizer.Collapse).Where(p => p.Length > 0))
        {
            // Merged paragraphs keep a line break: a heading or sub-headline without a full stop must not run
            // into the next paragraph's first sentence (SentenceSplitter treats line breaks as sentence ends).
            var text = carry.Length > 0 ? $"{carry}\n{paragraph}" : paragraph;
            if (text.Length < MinPassageChars)
            {
                carry = text;
                continue;
            }
            carry = string.Empty;
            if (text.Length > MaxPassageChars) texts.AddRange(PassageSplitter.SplitLong(text));
            else texts.Add(text);
        }
        if (carry.Length > 0)
        {
            // A short last paragraph (a sign-off, an author line) rides with the one before when that still fits.
            if (texts.Count > 0 && texts[^1].Length + 1 + carry.Length <= MaxPassageChars) texts[^1] = $"{texts[^1]}\n{carry}";
            else texts.Add(carry);
        }
        return texts
            .Select((text, ordinal) => new Passage(Passage.MakeId(article.Id, ordinal), article.Id, ordinal, text, article.Language))
            .ToList();
    }
}
