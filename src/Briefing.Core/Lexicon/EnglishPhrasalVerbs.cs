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
    /// Common irregular verbs of phrasal verbs, past form → the forms the dictionary may list the phrase under (the
    /// participle, the infinitive, the -ing form): FreeDict lists "taken over" and "taking over" but not "took over".
    /// </summary>
    private static readonly Dictionary<string, string[]> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        ["took"] = ["taken", "take", "taking"], ["gave"] = ["given", "give", "giving"], ["came"] = ["come", "coming"],
        ["went"] = ["gone", "go", "going"], ["threw"] = ["thrown", "throw", "throwing"], ["sold"] = ["sell", "selling"],
        ["held"] = ["hold", "holding"], ["broke"] = ["broken", "break", "breaking"], ["brought"] = ["bring", "bringing"],
        ["ran"] = ["run", "running"], ["got"] = ["get", "getting"], ["made"] = ["make", "making"], ["kept"] = ["keep", "keeping"],
        ["stood"] = ["stand", "standing"], ["fell"] = ["fallen", "fall", "falling"], ["drew"] = ["drawn", "draw", "drawing"],
        ["paid"] = ["pay", "paying"], ["laid"] = ["lay", "laying"], ["left"] = ["leave", "leaving"], ["shot"] = ["shoot", "shooting"],
        ["wound"] = ["wind", "winding"], ["tore"] = ["torn", "tear", "tearing"], ["blew"] = ["blown", "blow", "blowing"],
        ["spoke"] = ["spoken", "speak", "speaking"], ["wrote"] = ["written", "write", "writing"], ["sent"] = ["send", "sending"],
        ["built"] = ["build", "building"], ["fought"] = ["fight", "fighting"], ["caught"] = ["catch", "catching"],
        ["shut"] = ["shut", "shutting"], ["set"] = ["set", "setting"], ["put"] = ["put", "putting"], ["cut"] = ["cut", "cutting"],
    };

    /// <summary>A common irregular past form ("sold", "took", "held"): a verb of a past clause however it is used.</summary>
    public static bool IsIrregularPast(string word) => IrregularPast.ContainsKey(word);

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
            var forms = WordForms.Candidates(verb, "en").Concat(IrregularPast.GetValueOrDefault(verb) ?? []);
            if (forms.Select(form => $"{form} {particle.ToLowerInvariant()}").FirstOrDefault(isListed) is { } phrase) verbs[verb] = phrase;
        }
        return verbs;
    }
}
