namespace Briefing.Core.Answering;

/// <summary>
/// The people's adjectives of an English question that describe a noun ("Which American official ...?", "a British
/// firm"), and a country's possessive that does the same ("America's cyber security chief"): they name no one, and the
/// article may say "US official" or "UK-based firm", so neither the detail check (<see cref="QuestionConstraints"/>)
/// nor the sentence's names require them. Before a name ("French Open") such an
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
        var rest = question.AsSpan(at + word.Length);
        // "America's cyber security chief", "Britain's economic output": a country's possessive before a noun says whose,
        // as "American" does, and the article says "US cyber security chief" or "die britische Wirtschaftsleistung".
        if (IsPossessive(rest) && names.IsPlaceName(word, "en")) rest = rest[2..];
        else if (!NameSpans.IsPeoplesAdjective(word, names)) return false;
        var next = rest.TrimStart();
        return next.Length < rest.Length && next.Length > 0 && char.IsLower(next[0]);
    }

    /// <summary>"America's cyber security chief": the name at <paramref name="at"/> is a place in the possessive.</summary>
    public static bool IsCountrysPossessive(string question, int at, string word) => IsPossessive(question.AsSpan(at + word.Length));

    private static bool IsPossessive(ReadOnlySpan<char> rest) => rest.StartsWith("'s", StringComparison.Ordinal) || rest.StartsWith("’s", StringComparison.Ordinal);
}
