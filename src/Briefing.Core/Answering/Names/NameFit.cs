namespace Briefing.Core.Answering;

/// <summary>Scales the bonus of a sentence's new names by how surely they are what the question asks for.</summary>
internal static class NameFit
{
    /// <summary>
    /// How surely the new names answer, 1 or <see cref="Unsure"/>: for who / which organisation, a name its
    /// context marks as that kind ("Chief executive Peter McGuigan" over "UK"); for "which X", a name next to X as the
    /// sentence's language writes it (<see cref="AskedNounForms"/>).
    /// </summary>
    public static double Of(IReadOnlySet<string> novel, AnswerType expected, IReadOnlyList<string> headForms, string sentence, string language, NameDetector names)
    {
        if (novel.Count == 0) return 1;
        var fit = expected is AnswerType.Person or AnswerType.Organisation && !novel.Overlaps(AnswerCandidates.Marked(sentence, expected, language, names)) ? Unsure : 1;
        if (headForms.Count > 0 && !novel.Overlaps(AnswerCandidates.NearHead(sentence, headForms, language, names))) fit = Unsure;
        return fit;
    }

    private const double Unsure = 0.5;
}
