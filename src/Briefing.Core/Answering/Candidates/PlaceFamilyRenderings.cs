using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>
/// "Who do French and Belgian investigators think led …?" over "Nach Ermittlungsergebnissen aus Frankreich und Belgien soll
/// der mutmaßliche Kopf …": the question names a country by its people's adjective, the other language's article by the
/// country's name. The dictionary renders "French" as "französisch" only, so the sentence seemed far from the question's
/// names though it writes every one. Adjective and country share no stem an ending derives (French / Frankreich), so the
/// family list says it (<see cref="PlaceForms.Families"/>, read by <see cref="PlaceFamilies"/>), as it does for the
/// details check (<see cref="QuestionConstraint.PlaceWords"/>): a question's name gets its family's other members as
/// further renderings of the one word.
/// </summary>
internal static class PlaceFamilyRenderings
{
    /// <returns>
    /// <paramref name="expansions"/> with each family member of a name in <paramref name="topicWords"/> added to the word's
    /// translations into another language (its group); a word the dictionary does not translate gains none, so no
    /// question gets a concept it did not have.
    /// </returns>
    public static IReadOnlyList<WeightedTerm> With(IReadOnlyList<WeightedTerm> expansions, IEnumerable<string> topicWords, string questionLanguage)
    {
        var added = new List<WeightedTerm>();
        foreach (var word in topicWords)
        {
            // Members of several words ("Great Britain") would need all their words; the single words carry the families.
            var members = PlaceFamilies.OthersOf(word, questionLanguage).Where(m => !m.Contains(' ')).ToList();
            if (members.Count == 0) continue;
            var group = $"{questionLanguage}:{word}";
            foreach (var translations in expansions.Where(e => e.Language != questionLanguage && string.Equals(e.Group, group, StringComparison.OrdinalIgnoreCase))
                         .GroupBy(e => (e.Language, Group: e.Group!)))
            {
                var weight = translations.Max(e => e.Weight);
                added.AddRange(members.Select(m => new WeightedTerm(m, translations.Key.Language, weight) { Group = translations.Key.Group }));
            }
        }
        return added.Count == 0 ? expansions : [.. expansions, .. added];
    }
}
