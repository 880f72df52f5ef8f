using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A place and the words for its people and its adjective, in English and German, where no ending derives one from the
/// other (<see cref="DerivedNameForms"/> reads those: "Tirol"/"Tiroler", "Kongo"/"Kongolese"): "the Dutch" of an article
/// that writes "the Netherlands", "the French government" of one that writes "Frankreich", "Scottish" of "Scotland". A
/// question names the place by one member and the article by another; each member shows the others.
/// </summary>
/// <remarks>
/// The families are <see cref="PlaceForms.Families"/>. One place per family, never a larger or smaller one: "a Scot" is
/// not shown by "Britain", nor "the Madrid press" by "Spanish", so an article about a neighbouring place stays a
/// different place. Members are matched as analysed words (<see cref="WordNormalizer.Key"/>); words that are also
/// something else (<see cref="PlaceForms.NotMembers"/>) are never members.
/// </remarks>
internal static class PlaceFamilies
{
    private static readonly Lazy<Dictionary<(string Key, string Language), string[][]>> ByKey = new(Index);

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

    private static Dictionary<(string, string), string[][]> Index()
    {
        var index = new Dictionary<(string, string), List<string[]>>();
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
