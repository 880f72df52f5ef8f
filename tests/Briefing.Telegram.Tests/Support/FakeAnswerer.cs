using System.Collections.Concurrent;
using Briefing.Core.Answering;
using Briefing.Core.Conversations;
using Briefing.Core.Text;
using Briefing.Telegram.Conversation;

namespace Briefing.Telegram.Tests.Support;

/// <summary>
/// Answers every question with one cited sentence that repeats it, resolving follow-ups with the real offline
/// condenser; <see cref="Respond"/> overrides the answer (long answers, failures, abstentions).
/// </summary>
public sealed class FakeAnswerer : IQuestionAnswerer
{
    public ConcurrentQueue<AskRequest> Requests { get; } = new();
    public Func<AskRequest, Answer>? Respond { get; set; }

    public Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return Task.FromResult(Respond?.Invoke(request) ?? Cited(request));
    }

    public static Answer Cited(AskRequest request, string? text = null)
    {
        var language = LanguageDetector.Detect(request.Question);
        var standalone = KeyTermQuestionCondenser.Condense(request.Question, request.History);
        return new Answer
        {
            Question = request.Question,
            Language = language,
            Abstained = false,
            Text = text ?? $"Answer to {request.Question} [1].",
            Citations = [new Citation(1, "article-1", "SCO <summit> & more", "derStandard", "https://example.org/sco?a=1&b=2",
                new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero), "article-1#p2", $"Quote about {request.Question} <i>raw</i>")],
            Generator = "fake",
            StandaloneQuestion = standalone == request.Question ? null : standalone,
        };
    }
}
