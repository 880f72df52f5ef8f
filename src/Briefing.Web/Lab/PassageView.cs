namespace Briefing.Web.Lab;

/// <summary>A retrieved passage as the lab shows it: rank, score, language, article and the query terms it matched.</summary>
public sealed record PassageView(
    int Rank,
    double Score,
    string Language,
    string PassageId,
    string ArticleId,
    string Title,
    string? Source,
    string Text,
    IReadOnlyList<TermMatch> Matches);

/// <summary>A query word found in a passage; <c>Kind</c> is "question" or "translation" (an expansion, with its weight).</summary>
public sealed record TermMatch(string Term, string Kind, double Weight);
