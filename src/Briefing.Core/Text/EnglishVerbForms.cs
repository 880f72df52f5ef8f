namespace Briefing.Core.Text;

/// <summary>
/// English past forms, the one place that knows them: a regular "-ed" form ("watched", "increased") and the common
/// irregular pasts ("took", "sold", "held"). Read by <see cref="EnglishVerbUse"/> (a question's word used as a verb), by
/// the past-date check of a question about the future, and by the phrasal-verb look-up, which needs the forms the
/// dictionary lists an irregular verb's phrase under.
/// </summary>
internal static class EnglishVerbForms
{
    /// <summary>
    /// "watched", "arrested": a lower-case word of three letters before "-ed" at least. Not "speed", "need" (a double e is
    /// the stem's), nor "hundred", the one frequent word whose "-red" is no ending.
    /// </summary>
    public static bool IsEdForm(string word) =>
        word.Length >= MinEdFormLength && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal)
        && word.All(char.IsLower) && word != "hundred";

    private const int MinEdFormLength = 5;

    /// <summary>A common irregular past form ("sold", "took", "held"), in any case: a verb of a past clause however it is used.</summary>
    public static bool IsIrregularPast(string word) => IrregularPast.ContainsKey(word);

    /// <summary>The forms a dictionary may list an irregular past's phrases under ("took" → taken, take, taking); empty for any other word.</summary>
    public static IReadOnlyList<string> OtherFormsOfIrregularPast(string word) => IrregularPast.GetValueOrDefault(word) ?? [];

    /// <summary>
    /// Common irregular verbs, past form → the participle, the infinitive and the -ing form (FreeDict lists "taken over"
    /// and "taking over" but not "took over").
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
        ["began"] = ["begun", "begin", "beginning"], ["won"] = ["win", "winning"], ["became"] = ["become", "becoming"],
    };
}
