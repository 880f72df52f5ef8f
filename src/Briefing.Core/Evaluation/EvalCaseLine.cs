namespace Briefing.Core.Evaluation;

/// <summary>One line of a cases file: a case, or the reason the line was rejected.</summary>
public sealed record EvalCaseLine(int LineNumber, EvalCase? Case, string? Error);
