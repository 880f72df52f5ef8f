namespace Briefing.Core.Text;

/// <summary>
/// Verbs of saying as news writes them in the report's own tense ("said", "told", "erklärte", "hieß es"): the verb that
/// makes a clause somebody's statement. The one list for the checks that date a statement; the other lists of speech
/// verbs (a name's speaker, a speaker named by job, a source that leaves the question open) read narrower shapes.
/// </summary>
internal static class SayingVerbs
{
    /// <summary>English verbs of saying, as a regex alternation. Not "reported": "a fire was reported" says nothing.</summary>
    public const string EnglishAlternation = "said|says|told|announced|confirmed|added|stated|explained";

    /// <summary>
    /// German verbs of saying, as a regex alternation. "teilte", "gab", "kündigte" and "meldete" are saying only with
    /// the right particle at their clause's end (<see cref="SaysWith"/>).
    /// </summary>
    public const string GermanAlternation = @"sagte|sagten|sagt|erklärte|erklärten|erklärt|berichtete|berichteten|bestätigte|bestätigten"
        + @"|betonte|betonten|meinte|teilte|teilten|gab|gaben|kündigte|kündigten|meldete|meldeten|hieß\s+es";

    /// <summary>
    /// Whether <paramref name="verb"/>, with <paramref name="clauseEnd"/> the last word of its clause, means saying: German
    /// separable verbs say something only with their particle ("teilte … mit", "gab … bekannt", "kündigte … an"; "gab es
    /// am Dienstag" does not), and "meldete" only without "an" ("meldete am Montag Insolvenz an" registers). Every other
    /// verb of the alternations says something whatever ends its clause.
    /// </summary>
    public static bool SaysWith(string verb, string clauseEnd) => verb.ToLowerInvariant() switch
    {
        "teilte" or "teilten" => Is(clauseEnd, "mit"),
        "gab" or "gaben" => Is(clauseEnd, "bekannt"),
        "kündigte" or "kündigten" => Is(clauseEnd, "an"),
        "meldete" or "meldeten" => !Is(clauseEnd, "an"),
        _ => true,
    };

    private static bool Is(string word, string particle) => word.Equals(particle, StringComparison.OrdinalIgnoreCase);
}
