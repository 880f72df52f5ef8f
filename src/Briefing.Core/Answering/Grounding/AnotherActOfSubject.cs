namespace Briefing.Core.Answering;

/// <summary>
/// The answering sentence is about the asked subject but tells another of its events: "Where was Dan O'Herlihy born?"
/// over "O'Herlihy … died at his home in Malibu, California". Its new name or figure answers the question of that
/// other event, which shares the subject's names and the kind of answer with the asked one.
/// </summary>
internal static class AnotherActOfSubject
{
    /// <summary>
    /// The reason the lead of <paramref name="chosen"/> tells another event than the asked one; null when it may tell the asked one.
    /// </summary>
    public static string? Missing(IReadOnlyList<CandidateSentence> chosen, string question)
    {
        if (chosen.Count == 0) return null;
        var lead = chosen[0];
        // The lead writes another act of the asked one's family ("died" for "born", "left" for "took over") and no chosen
        // sentence writes the asked one (ActFamilies).
        if (ActFamilies.TellsAnotherAct(question, lead.Text) && !chosen.Any(c => ActFamilies.TellsAskedAct(question, c.Text)))
            return "the answering sentence tells another act of the subject than the asked one";
        return null;
    }
}
