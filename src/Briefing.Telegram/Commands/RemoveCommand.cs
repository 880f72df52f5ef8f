using Briefing.Core.Curation;
using Briefing.Telegram.Conversation;
using Briefing.Telegram.Replies;

namespace Briefing.Telegram.Commands;

/// <summary>
/// <c>/remove ID</c> (staff): shows the article and asks with two buttons; "Remove" (<c>remove:yes:TOKEN</c>) takes it
/// out of the index and everything that quotes it, "Cancel" (<c>remove:no:TOKEN</c>) keeps it. The router refuses both
/// the command and the buttons to non-staff; in the console chat the answer is typed as <c>/remove yes:TOKEN</c>.
/// </summary>
internal sealed class RemoveCommand(ArticleCatalog catalog, ArticleRemover remover, PendingRemovals pending) : IBotCommand
{
    private const string Confirm = "yes";
    private const string Cancel = "no";

    public string Name => "remove";
    public bool StaffOnly => true;

    public string Describe(string language) => BotTexts.Pick(language,
        "Artikel aus dem Index entfernen: /remove ID (Redaktion)",
        "Remove an article from the index: /remove ID (staff)");

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        // The console chat shows a button as the command it runs ("/remove yes:TOKEN"), so typed answers count too.
        var (choice, token) = CallbackData.Parse(context.Arguments);
        var answersQuestion = choice is Confirm or Cancel && (context.FromButton || pending.IsPending(token, context.ConversationId));
        return answersQuestion ? AnswerAsync(context, choice, token, cancellationToken) : AskAsync(context, cancellationToken);
    }

    private Task AskAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (context.Arguments.Length == 0) return context.ReplyAsync(ArticleTexts.RemoveUsage(language), cancellationToken);
        if (catalog.Find(context.Arguments) is not { } article)
            return context.ReplyAsync(ArticleTexts.NotFound(language, context.Arguments), cancellationToken);
        var token = pending.Add(context.ConversationId, article.Id);
        var reply = new ReplyBuilder().Bold(ArticleTexts.ConfirmRemoval(language)).Paragraph();
        ArticleReplies.Describe(reply, article, language)
            .Button(ArticleTexts.RemoveButton(language), CallbackData.Create(Name, $"{Confirm}:{token}"))
            .Button(ArticleTexts.CancelButton(language), CallbackData.Create(Name, $"{Cancel}:{token}"));
        return context.ReplyAsync(reply.Build(), cancellationToken);
    }

    private async Task AnswerAsync(CommandContext context, string choice, string token, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (pending.Take(token, context.ConversationId) is not { } articleId)
        {
            await context.ReplyAsync(BotTexts.ExpiredButton(language), cancellationToken);
            return;
        }
        if (choice != Confirm)
        {
            await context.ReplyAsync(ArticleTexts.Kept(language), cancellationToken);
            return;
        }
        var report = await remover.RemoveAsync([articleId], $"staff (Telegram user {context.Message.UserId})", cancellationToken);
        await context.ReplyAsync(report.Removed.Count > 0
            ? ArticleTexts.Removed(language, report.Removed[0].Title)
            : ArticleTexts.AlreadyGone(language, articleId), cancellationToken);
    }
}
