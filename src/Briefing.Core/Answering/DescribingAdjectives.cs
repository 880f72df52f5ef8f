namespace Briefing.Core.Answering;

/// <summary>
/// The people's adjectives of an English question that describe a noun ("Which American official ...?", "a British
/// firm"): they name no one, and the article may say "US official" or "UK-based firm", so neither the detail check
/// (<see cref="QuestionConstraints"/>) nor the sentence's names require them. Before a name ("French Open") such an
/// adjective stays part of it.
/// </summary>
internal static class DescribingAdjectives
{
    public static IEnumerable<string> In(string question, string language, NameDetector names)
    {
        if (language != "en") yield break;
        foreach (var (at, word) in names.Positions(question, language))
            if (Describes(question, at, word, names)) yield return word;
    }

    public static bool Describes(string question, int at, string word, NameDetector names)
    {
        if (!NameSpans.IsPeoplesAdjective(word, names)) return false;
        var rest = question.AsSpan(at + word.Length);
        var next = rest.TrimStart();
        return next.Length < rest.Length && next.Length > 0 && char.IsLower(next[0]);
    }
}
