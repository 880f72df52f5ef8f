namespace Briefing.Core.Answering;

/// <summary>Scales the bonus of a sentence's new names by how surely they are what the question asks for.</summary>
internal static class NameFit
{
    /// <summary>
    /// How surely the new names answer, 1 or <see cref="Unsure"/>: for who / which organisation, a name its
    /// context marks as that kind ("Chief executive Peter McGuigan" over "UK"); for "which X", a name next to X (the
    /// head is the question's word, so across languages no name is next to it).
    /// </summary>
    public static double Of(IReadOnlySet<string> novel, AnswerType expected, string? head, string sentence, string language, string questionLanguage, NameDetector names)
    {
        if (novel.Count == 0) return 1;
        var fit = expected is AnswerType.Person or AnswerType.Organisation && !novel.Overlaps(AnswerCandidates.Marked(sentence, expected, language, names)) ? Unsure : 1;
        if (head is not null && (language != questionLanguage || !novel.Overlaps(AnswerCandidates.NearHead(sentence, head, language, names)))) fit = Unsure;
        return fit;
    }

    private const double Unsure = 0.5;
}
