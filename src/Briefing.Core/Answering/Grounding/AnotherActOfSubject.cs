using System.Text.RegularExpressions;
using Briefing.Core.Text;

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
    public static string? Missing(IReadOnlyList<CandidateSentence> chosen, string question, string language, NameDetector names)
    {
        if (chosen.Count == 0) return null;
        var lead = chosen[0];
        // The lead writes another act of the asked one's family ("died" for "born", "left" for "took over"), no chosen
        // sentence writes the asked one (ActFamilies), and the lead is about the asked subject: it writes one of the
        // question's names or the noun it asks by. A lead about someone else may tell of their death beside the asked birth.
        if (ActFamilies.TellsAnotherAct(question, lead.Text) && !chosen.Any(c => ActFamilies.TellsAskedAct(question, c.Text))
            && IsAboutAskedSubject(lead.Text, question, language, names))
            return "the answering sentence tells another act of the subject than the asked one";
        return null;
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> writes a name of <paramref name="question"/> as a word of its own, as written, or
    /// the noun it asks by ("Which museum …?" over "The museum closed in May"), in any of its forms ("museums").
    /// </summary>
    internal static bool IsAboutAskedSubject(string sentence, string question, string language, NameDetector names)
    {
        foreach (var name in names.In(question, language))
            if (Regex.IsMatch(sentence, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}])")) return true;
        return AskedHead.Of(question) is { Length: > 1 } head
            && Regex.IsMatch(sentence, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(head)}", RegexOptions.IgnoreCase);
    }
}
