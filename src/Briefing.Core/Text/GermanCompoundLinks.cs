namespace Briefing.Core.Text;

/// <summary>
/// The linking elements (Fugenelemente) German puts between a compound's parts: "Frühjahr-s-parteitag",
/// "Arbeit-s-platz", "Stern-en-himmel". One list for every place that splits or joins compounds.
/// </summary>
public static class GermanCompoundLinks
{
    /// <summary>Every link a split tries after the head (none first).</summary>
    public static readonly IReadOnlyList<string> All = ["", "s", "es", "n", "en", "er", "e"];

    /// <summary>
    /// The common links a join tries when it builds candidate compounds from two translations (each candidate is a
    /// look-up in the index, so only the links most compounds use; a head's dropped final e is tried apart).
    /// </summary>
    public static readonly IReadOnlyList<string> Joining = ["", "s", "n", "en"];

    /// <summary>
    /// <paramref name="first"/> and <paramref name="last"/> (each as a dictionary writes it, capitalised) joined as German
    /// joins them: directly, with a linking s / n / en, or without the first part's final e ("Bildung" + "Ministerium" →
    /// "Bildungministerium", "Bildungsministerium", …). Candidates to look up, most are no word.
    /// </summary>
    public static IEnumerable<string> Joins(string first, string last)
    {
        var lowerLast = char.ToLowerInvariant(last[0]) + last[1..];
        foreach (var link in Joining) yield return first + link + lowerLast;
        if (first.EndsWith('e')) yield return first[..^1] + lowerLast;
    }
}
