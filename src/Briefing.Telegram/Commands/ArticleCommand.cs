using Briefing.Core.Curation;
using Briefing.Telegram.Conversation;

namespace Briefing.Telegram.Commands;

/// <summary>
/// <c>/article ID</c> (staff): the article's metadata and its first passage as indexed; <c>/article</c> alone lists the
/// newest articles with their ids (chat users have no other way to learn them).
/// </summary>
internal sealed class ArticleCommand(ArticleCatalog catalog) : IBotCommand
{
    public const int NewestShown = 10;

    public string Name => "article";
    public bool StaffOnly => true;

    public string Describe(string language) => BotTexts.Pick(language,
        "Artikel ansehen: /article ID, ohne ID die neuesten (Redaktion)",
        "Show an article: /article ID, without an id the newest (staff)");

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (context.Arguments.Length == 0)
            return context.ReplyAsync(ArticleReplies.ForNewest(catalog.List(new ArticleFilter(), NewestShown), language), cancellationToken);
        return catalog.Show(context.Arguments) is { } details
            ? context.ReplyAsync(ArticleReplies.ForArticle(details, language), cancellationToken)
            : context.ReplyAsync(ArticleTexts.NotFound(language, context.Arguments), cancellationToken);
    }
}
