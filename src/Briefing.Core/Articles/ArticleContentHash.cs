using System.Security.Cryptography;
using System.Text;
using Briefing.Core.Text;

namespace Briefing.Core.Articles;

/// <summary>
/// Fingerprint of what an article says: SHA-256 over its title and body after Unicode NFC and white-space
/// collapsing (case kept). Paragraph breaks do not count, so the same text wrapped or split differently
/// hashes equal; re-ingesting unchanged content and exact duplicates under other ids are recognised by it.
/// </summary>
public static class ArticleContentHash
{
    public static string Compute(Article article)
    {
        var title = Normalize(article.Title);
        var body = Normalize(string.Join(' ', article.Paragraphs));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{title}\n{body}"));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>
    /// The same fingerprint over the body alone: one story read from a feed and from its page can carry different
    /// headlines, and a removed story must be recognised by what it says.
    /// </summary>
    public static string ComputeBody(Article article) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(string.Join(' ', article.Paragraphs)))));

    private static string Normalize(string text) => WhitespaceNormalizer.Collapse(text.Normalize(NormalizationForm.FormC));
}
