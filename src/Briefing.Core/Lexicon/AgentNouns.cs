using Briefing.Core.Text;

namespace Briefing.Core.Lexicon;

/// <summary>
/// The noun that names the doer of a verb, as the dictionary lists it: "trainiert" → "Trainer", "leitet" → "Leiter",
/// "owned" → "owner", "directed" → "director". News names a person by the role the verb describes ("erklärte
/// Vikings-Chefcoach Chris Calaycay", "the club's owner Roman Abramovich") more often than by the verb, so a who-question
/// asked by the verb is answered by the sentence that names the doer by the noun.
/// </summary>
/// <remarks>
/// German also writes the doer by the word its sport or trade borrowed from English, which the dictionary gives as the
/// noun's translation and the verb's alike ("Trainer" → coach, "trainieren" → coach): such a shared translation is a
/// doer noun too ("Chefcoach"). Only translations both words share count, so a noun's other senses ("Leiter" → ladder)
/// never come in by this way.
/// </remarks>
internal static class AgentNouns
{
    /// <summary>The doer nouns of <paramref name="verb"/> (a form as asked) that <paramref name="lexicon"/> lists, in <paramref name="language"/>.</summary>
    /// <param name="lexicon">The dictionary from <paramref name="language"/> into the other language.</param>
    public static IReadOnlyList<string> Of(CompiledLexicon lexicon, string verb, string language)
    {
        if (verb.Length < MinVerb || !verb.All(char.IsLetter) || char.IsUpper(verb[0])) return [];
        var found = new List<string>();
        if (language == "de")
        {
            foreach (var infinitive in GermanInfinitives(verb))
            {
                if (GermanAgent(infinitive) is not { } agent || found.Contains(agent) || lexicon.Translations(agent).Count == 0) continue;
                found.Add(agent);
                var verbSenses = lexicon.Translations(infinitive).Where(IsSingleWord).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (var shared in lexicon.Translations(agent).Where(t => IsSingleWord(t) && verbSenses.Contains(t)))
                {
                    var borrowed = char.ToUpperInvariant(shared[0]) + shared[1..].ToLowerInvariant();
                    if (!found.Contains(borrowed) && !borrowed.Equals(agent, StringComparison.OrdinalIgnoreCase)) found.Add(borrowed);
                }
            }
            return found;
        }
        foreach (var baseForm in WordForms.Candidates(verb.ToLowerInvariant(), "en").Distinct(StringComparer.Ordinal))
            foreach (var agent in EnglishAgents(baseForm))
                if (agent != verb && !found.Contains(agent) && lexicon.Translations(agent).Count > 0) found.Add(agent);
        return found;
    }

    private const int MinVerb = 4;

    private static IEnumerable<string> GermanInfinitives(string verb)
    {
        var lower = verb.ToLowerInvariant();
        if (GermanVerbForms.IsInfinitive(lower)) yield return lower;
        foreach (var infinitive in GermanVerbForms.InfinitivesOf(lower)) yield return infinitive;
    }

    /// <summary>
    /// The German doer noun an infinitive makes: "-ieren" → "-er" (trainieren → Trainer), "-eln" → "-ler" (sammeln →
    /// Sammler), "-ern" → "-erer" (wandern → Wanderer), "-en" → "-er" (leiten → Leiter).
    /// </summary>
    private static string? GermanAgent(string infinitive)
    {
        string? stem = infinitive switch
        {
            _ when infinitive.EndsWith("ieren", StringComparison.Ordinal) => infinitive[..^5] + "er",
            _ when infinitive.EndsWith("eln", StringComparison.Ordinal) => infinitive[..^3] + "ler",
            _ when infinitive.EndsWith("ern", StringComparison.Ordinal) => infinitive[..^1] + "er",
            _ when infinitive.EndsWith("en", StringComparison.Ordinal) => infinitive[..^2] + "er",
            _ => null,
        };
        return stem is null || stem.Length < MinVerb ? null : char.ToUpperInvariant(stem[0]) + stem[1..];
    }

    /// <summary>The English doer nouns a base form may make: "own" → owner, "manage" → manager, "direct" → director, "run" → runner.</summary>
    private static IEnumerable<string> EnglishAgents(string baseForm)
    {
        if (baseForm.Length < 3) yield break;
        if (baseForm.EndsWith('e'))
        {
            yield return baseForm + "r";
            yield return baseForm[..^1] + "or";
            yield break;
        }
        yield return baseForm + "er";
        yield return baseForm + "or";
        if (IsShortClosedSyllable(baseForm)) yield return baseForm + baseForm[^1] + "er";
    }

    /// <summary>"run", "win": one vowel before one final consonant, which doubles before "-er".</summary>
    private static bool IsShortClosedSyllable(string word) =>
        word.Length <= 4 && !IsVowel(word[^1]) && IsVowel(word[^2]) && !IsVowel(word[^3]) && word[^1] is not ('w' or 'x' or 'y');

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsSingleWord(string translation) => !translation.Contains(' ') && translation.All(char.IsLetter);
}
