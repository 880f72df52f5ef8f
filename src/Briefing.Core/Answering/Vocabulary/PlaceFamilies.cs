using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// <see cref="PlaceForms.Families"/> by analysed key (<see cref="WordNormalizer.Key"/>), for the details check: a question
/// names the place by one member and the article by another, and each member shows the others. Forms an ending derives
/// ("Tirol"/"Tiroler", "Kongo"/"Kongolese") are <see cref="DerivedNameForms"/>' instead.
/// </summary>
internal static class PlaceFamilies
{
    private static readonly Lazy<Dictionary<(string Key, string Language), IReadOnlyList<string>[]>> ByKey = new(Index);

    /// <summary>
    /// The other members of the family <paramref name="word"/> (as the question typed it, in <paramref name="language"/>)
    /// belongs to; none for a word of no family.
    /// </summary>
    public static IReadOnlyList<string> OthersOf(string word, string language)
    {
        if (string.IsNullOrWhiteSpace(word) || !ByKey.Value.TryGetValue((WordNormalizer.Key(word, language), language), out var families)) return [];
        return families.SelectMany(f => f).Where(m => !string.Equals(m, word, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static Dictionary<(string, string), IReadOnlyList<string>[]> Index()
    {
        var index = new Dictionary<(string, string), List<IReadOnlyList<string>>>();
        foreach (var family in PlaceForms.Families)
            foreach (var member in family)
                foreach (var language in (string[])["en", "de"])
                {
                    var key = (WordNormalizer.Key(member, language), language);
                    if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                    if (!list.Contains(family)) list.Add(family);
                }
        return index.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }
}
