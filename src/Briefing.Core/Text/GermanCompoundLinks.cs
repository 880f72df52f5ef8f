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
}
