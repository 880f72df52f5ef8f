namespace Briefing.Core.Answering;

/// <summary>A question to answer, with the conversation it belongs to (empty for one-off questions).</summary>
public sealed record AskRequest(string Question)
{
    public IReadOnlyList<ChatTurn> History { get; init; } = [];
    /// <summary>Passages to retrieve; null uses the configured default.</summary>
    public int? Top { get; init; }
    public bool Trace { get; init; }
    /// <summary>Watches this run (the prompt lab); null for ordinary questions.</summary>
    public IAnswerObserver? Observer { get; init; }
}
