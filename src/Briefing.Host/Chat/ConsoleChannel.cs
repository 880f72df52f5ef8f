using Briefing.Telegram.Conversation;
using Briefing.Telegram.Replies;

namespace Briefing.Host.Chat;

/// <summary>The console side of a conversation: replies as plain text on stdout, one blank line after each.</summary>
internal sealed class ConsoleChannel(TextWriter output) : IConversationChannel
{
    public async Task SendAsync(Reply reply, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync(PlainTextReplyRenderer.Render(reply).AsMemory(), cancellationToken);
        await output.WriteLineAsync();
        await output.FlushAsync(cancellationToken);
    }

    public Task ShowTypingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<byte[]?> DownloadAsync(IncomingDocument document, CancellationToken cancellationToken) => Task.FromResult<byte[]?>(null);
}
