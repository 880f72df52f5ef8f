namespace Briefing.Core.Answering;

/// <summary>
/// Words that stand in the place of a counted noun and refer back to one said before: "She and eight others were
/// killed", "Er und drei andere hatten … gestimmt", "Sieben weitere wurden verletzt". The figure counts what the sentence
/// (or the question) named already, so such a word is no noun of another thing ("others" looks like an English plural),
/// and "how many others …?" asks no noun of its own: it counts whatever the question is about.
/// </summary>
/// <remarks>
/// The other count pronouns ("andere", "anderen", "weitere", "weiteren", "other") are function words
/// (<see cref="Briefing.Core.Text.FunctionWords"/>), which both callers test first, so they are not listed again here;
/// only the English plural pronoun is missing there, and it stays out of the shared list: as a search term it still
/// says something ("others" in a question about a group).
/// </remarks>
internal static class CountPronouns
{
    /// <summary>Whether <paramref name="word"/> stands for a noun said before rather than naming what a figure counts (the function-word pronouns are read before this).</summary>
    public static bool Is(string word) => word.Equals("others", StringComparison.OrdinalIgnoreCase);
}
