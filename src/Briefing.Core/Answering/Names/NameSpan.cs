namespace Briefing.Core.Answering;

/// <summary>Consecutive name words of a sentence ("Carlos Samour", "Bank Austria", "Los Angeles") and what they name.</summary>
/// <param name="Words">The name words as written.</param>
/// <param name="Start">Index of the first word in the sentence.</param>
/// <param name="End">Index just after the last word.</param>
internal sealed record NameSpan(IReadOnlyList<string> Words, int Start, int End, NameKind Kind)
{
    /// <summary>
    /// A place only by the preposition before it, yet shaped like a first name and a surname that no dictionary lists as a
    /// place ("a last-gasp touchdown from Luke Narraway", "setzte sich in Dieter Hecking … durch"): it may be the person a
    /// "who" question asks for (<see cref="NameSpans"/>).
    /// </summary>
    public bool MayBePerson { get; init; }
}
