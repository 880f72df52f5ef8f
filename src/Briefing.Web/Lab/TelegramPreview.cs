using Briefing.Core.Answering;
using Briefing.Telegram.Answers;
using Briefing.Telegram.Replies;

namespace Briefing.Web.Lab;

/// <summary>
/// The answer exactly as the Telegram bot sends it: the messages from <see cref="AnswerReplies"/> rendered by
/// <see cref="HtmlReplyRenderer"/> (parse_mode HTML, split at 4096), the inline buttons, and the message the
/// Sources button brings (expandable quotes).
/// </summary>
public sealed record TelegramPreview(IReadOnlyList<string> Messages, IReadOnlyList<string> Buttons, IReadOnlyList<string> SourcesMessages)
{
    /// <summary>The id the bot would store the answer under; the lab does not store it.</summary>
    private const string PreviewAnswerId = "lab";

    public static TelegramPreview For(Answer answer)
    {
        var reply = AnswerReplies.ForAnswer(answer, PreviewAnswerId);
        return new TelegramPreview(
            HtmlReplyRenderer.Render(reply),
            reply.Buttons.Select(b => b.Text).ToList(),
            HtmlReplyRenderer.Render(AnswerReplies.ForSources(answer)));
    }
}
