namespace Briefing.Web.Lab;

/// <summary>One lab run: the question, the conversation before it (oldest first) and optionally how many passages to retrieve.</summary>
public sealed record LabRunRequest
{
    public string? Question { get; init; }
    public IReadOnlyList<LabHistoryTurn>? History { get; init; }
    public int? Top { get; init; }
}

/// <summary>An earlier exchange: what was asked and what the bot answered.</summary>
public sealed record LabHistoryTurn(string? Question, string? Answer);
