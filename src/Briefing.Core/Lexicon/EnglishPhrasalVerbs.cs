using Briefing.Core.Text;

namespace Briefing.Core.Lexicon;

/// <summary>
/// An English question's phrasal verbs ("Who stepped down …", "Who is taking over …", "… was called off"): a verb and the
/// adverb particle after it make one verb whose sense is not the verb's ("step down" → zurücktreten, not treten; "call off"
/// → absagen, not rufen). The particle is a function word the look-up never translates, so the verb alone was translated
/// word by word and searched the German articles for stepping and calling. The pair the dictionary lists stands for the verb.
/// </summary>
internal static class EnglishPhrasalVerbs
{
    /// <summary>
    /// Particles that follow their verb as an adverb. Not "in", "on", "about", "through": after a verb they are mostly the
    /// preposition of a place or topic ("sleeping in tents", "fighting in the camp"), which the dictionary's "sleep in"
    /// (ausschlafen) would misread.
    /// </summary>
    private static readonly HashSet<string> Particles = new(["up", "off", "out", "down", "away", "back", "over"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The question's verbs that open a phrasal verb the dictionary lists (<paramref name="isListed"/>), each with the phrase
    /// as listed: "Who stepped down …" → stepped: "stepped down"; "Who took over …" → took: "taken over". Only a lower-case
    /// word right before its particle: a capitalised one is a name ("Independent over the years").
    /// </summary>
    public static Dictionary<string, string> Of(IReadOnlyList<string> words, Func<string, bool> isListed)
    {
        var verbs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var (verb, particle) = (words[i], words[i + 1]);
            if (!Particles.Contains(particle) || verb.Length < 2 || !char.IsLower(verb[0]) || !verb.All(char.IsLetter) || verbs.ContainsKey(verb)) continue;
            var forms = WordForms.Candidates(verb, "en").Concat(EnglishVerbForms.OtherFormsOfIrregularPast(verb));
            if (forms.Select(form => $"{form} {particle.ToLowerInvariant()}").FirstOrDefault(isListed) is { } phrase) verbs[verb] = phrase;
        }
        return verbs;
    }
}
