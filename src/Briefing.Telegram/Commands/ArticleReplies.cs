using Briefing.Core.Curation;
using Briefing.Telegram.Replies;

namespace Briefing.Telegram.Commands;

/// <summary>An indexed article as staff see it in the chat: title, id, metadata and (for /article) its first passage.</summary>
internal static class ArticleReplies
{
    /// <summary>Appends the article's title (linked), id and metadata to <paramref name="reply"/>.</summary>
    public static ReplyBuilder Describe(ReplyBuilder reply, ArticleSummary article, string language)
    {
        reply.Link(article.Title, article.Url).Text("\n").Code(article.Id);
        if (article.Source is { Length: > 0 } source) Line(reply, language, "source", source);
        Line(reply, language, article.Published is null ? "ingested" : "published", ArticleTexts.Date(article.Published ?? article.Ingested));
        Line(reply, language, "language", article.Language);
        Line(reply, language, "passages", article.Passages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (article.AlsoReportedBy.Count > 0) Line(reply, language, "also", string.Join(", ", article.AlsoReportedBy));
        return reply.Paragraph();
    }

    public static Reply ForArticle(ArticleDetails details, string language)
    {
        var reply = Describe(new ReplyBuilder(), details.Article, language);
        if (details.Passages.Count > 0) reply.Code(details.Passages[0].Id).Quote(details.Passages[0].Text);
        return reply.Paragraph().Italic(ArticleTexts.ArticleUsageHint(language)).Build();
    }

    public static Reply ForNewest(IReadOnlyList<ArticleSummary> newest, string language)
    {
        if (newest.Count == 0) return Reply.Text(ArticleTexts.NoArticles(language));
        var reply = new ReplyBuilder().Bold(ArticleTexts.Newest(language) + ":");
        foreach (var article in newest) reply.Text("\n").Code(article.Id).Text(" " + article.Title);
        return reply.Paragraph().Italic(ArticleTexts.ArticleUsageHint(language)).Build();
    }

    private static void Line(ReplyBuilder reply, string language, string label, string value) =>
        reply.Text($"\n{ArticleTexts.Label(language, label)}: {value}");
}
