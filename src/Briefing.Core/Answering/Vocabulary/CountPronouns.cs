namespace Briefing.Core.Answering;

/// <summary>
/// Words that stand in the place of a counted noun and refer back to one said before: "She and eight others were
/// killed", "Er und drei andere hatten … gestimmt", "Sieben weitere wurden verletzt". The figure counts what the sentence
/// (or the question) named already, so such a word is no noun of another thing ("others" looks like an English plural),
/// and "how many others …?" asks no noun of its own: it counts whatever the question is about.
/// </summary>
/// <remarks>
/// The German words and the English "other" are function words already (<see cref="Briefing.Core.Text.FunctionWords"/>);
/// only the English plural pronoun is missing there, and it stays out of the shared list: as a search term it still
/// says something ("others" in a question about a group).
/// </remarks>
internal static class CountPronouns
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "others", "andere", "anderen", "weitere", "weiteren",
    };

    /// <summary>Whether <paramref name="word"/> stands for a noun said before rather than naming what a figure counts.</summary>
    public static bool Is(string word) => Words.Contains(word);
}
