namespace Briefing.Core.Search;

/// <summary>
/// A specific detail the question insists on (a year, a number, a name): a passage shows it when it contains any
/// of <paramref name="Alternatives"/> (surface words, analysed per passage language; all terms of an alternative).
/// </summary>
public sealed record RequiredTerm(string Surface, IReadOnlyList<string> Alternatives)
{
    /// <summary>
    /// A figure ("4", "2,5"): also shown by a term that writes a short unit onto it ("4km", "2.5m"; <see cref="Text.GluedUnits"/>),
    /// as the answer's detail check reads it. Else an article writing "the 4km race" is no candidate for "das Rennen über 4 km".
    /// </summary>
    public bool Figure { get; init; }
}
