namespace Briefing.Telegram.Replies;

/// <summary>A paragraph or a quote. Long replies are split between blocks first, so keep blocks paragraph-sized.</summary>
public sealed record ReplyBlock(ReplyBlockKind Kind, IReadOnlyList<ReplySpan> Spans)
{
    public int TextLength => Spans.Sum(s => s.Text.Length);
}
