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

    public static bool Describes(string question, int at, string word, NameDetector names) => ReadingOf(question, at, word, names) != DescribedBy.None;

    /// <summary>Which of the two readings makes the name at <paramref name="at"/> describe the noun after it, if either does.</summary>
    public static DescribedBy ReadingOf(string question, int at, string word, NameDetector names)
    {
        var rest = question.AsSpan(at + word.Length);
        DescribedBy reading;
        // "America's cyber security chief", "Britain's economic output": a country's possessive before a noun says whose,
        // as "American" does, and the article says "US cyber security chief" or "die britische Wirtschaftsleistung".
        if (IsPossessive(rest) && names.IsPlaceName(word, "en"))
        {
            rest = rest[2..];
            reading = DescribedBy.PlacePossessive;
        }
        else if (NameSpans.IsPeoplesAdjective(word, names)) reading = DescribedBy.PeoplesAdjective;
        else return DescribedBy.None;
        var next = rest.TrimStart();
        return next.Length < rest.Length && next.Length > 0 && char.IsLower(next[0]) ? reading : DescribedBy.None;
    }

    private static bool IsPossessive(ReadOnlySpan<char> rest) => rest.StartsWith("'s", StringComparison.Ordinal) || rest.StartsWith("’s", StringComparison.Ordinal);
}

/// <summary>How a name of an English question describes the noun after it (<see cref="DescribingAdjectives.ReadingOf"/>).</summary>
internal enum DescribedBy
{
    None,
    /// <summary>"Which American official …?"</summary>
    PeoplesAdjective,
    /// <summary>"America's cyber security chief"</summary>
    PlacePossessive,
}
