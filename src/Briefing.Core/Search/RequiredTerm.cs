namespace Briefing.Core.Search;

/// <summary>
/// A specific detail the question insists on (a year, a number, a name): a passage shows it when it contains any
/// of <paramref name="Alternatives"/> (surface words, analysed per passage language; all terms of an alternative).
/// </summary>
public sealed record RequiredTerm(string Surface, IReadOnlyList<string> Alternatives);
