using Briefing.Core.Articles;
using Briefing.Core.Configuration;
using Briefing.Core.Ingestion;
using Briefing.Telegram.Conversation;
using Briefing.Telegram.Replies;
using Microsoft.Extensions.Options;

namespace Briefing.Telegram.Commands;

/// <summary>
/// <c>/ingest URL</c>, a sent document or a bare URL (staff only): indexes it and answers with the counts. Type and
/// size are checked before anything is downloaded. Local paths are refused: chat users never read the server's disk.
/// </summary>
internal sealed class IngestCommand(IngestionService ingestion, ArticleFileReader reader, IOptions<BriefingOptions> options) : IBotCommand
{
    /// <summary>The Bot API does not hand out larger files to bots.</summary>
    public const long TelegramDownloadLimitBytes = 20 * 1024 * 1024;

    public string Name => ConversationRouter.IngestCommandName;
    public bool StaffOnly => true;

    public string Describe(string language) => BotTexts.Pick(language,
        "Artikel aufnehmen: URL oder Datei (.txt, .md, .html, .jsonl) senden (Redaktion)",
        "Ingest articles: send a URL or a file (.txt, .md, .html, .jsonl) (staff)");

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (context.Message.Document is { } document)
        {
            await IngestDocumentAsync(context, document, cancellationToken);
            return;
        }
        if (!IsWebAddress(context.Arguments))
        {
            await context.ReplyAsync(IngestTexts.Usage(language), cancellationToken);
            return;
        }
        await context.Channel.ShowTypingAsync(cancellationToken);
        var report = await ingestion.IngestAsync([context.Arguments], null, cancellationToken);
        await context.ReplyAsync(IngestTexts.Report(language, report), cancellationToken);
    }

    private static bool IsWebAddress(string text) =>
        !text.Contains(' ', StringComparison.Ordinal)
        && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private async Task IngestDocumentAsync(CommandContext context, IncomingDocument document, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var fileName = Path.GetFileName(document.FileName ?? "");
        if (fileName.Length == 0 || !reader.IsSupported(fileName))
        {
            await context.ReplyAsync(IngestTexts.UnsupportedType(language, fileName, reader.SupportedExtensions), cancellationToken);
            return;
        }
        var limit = Math.Min(options.Value.MaxInputBytes, TelegramDownloadLimitBytes);
        if (document.Size > limit)
        {
            await context.ReplyAsync(IngestTexts.TooLarge(language, fileName, limit), cancellationToken);
            return;
        }
        await context.Channel.ShowTypingAsync(cancellationToken);
        var content = await context.Channel.DownloadAsync(document, cancellationToken);
        if (content is null)
        {
            await context.ReplyAsync(IngestTexts.DownloadFailed(language, fileName), cancellationToken);
            return;
        }
        if (content.Length > limit)
        {
            await context.ReplyAsync(IngestTexts.TooLarge(language, fileName, limit), cancellationToken);
            return;
        }
        var report = await ingestion.IngestDocumentAsync(fileName, content, cancellationToken);
        await context.ReplyAsync(IngestTexts.Report(language, report), cancellationToken);
    }
}
