namespace Briefing.Core.Text;

/// <summary>
/// Verbs of saying as news writes them in the report's own tense ("said", "told", "erklärte", "hieß es"): the verb that
/// makes a clause somebody's statement. The one list for the checks that date a statement; the other lists of speech
/// verbs (a name's speaker, a speaker named by job, a source that leaves the question open) read narrower shapes.
/// </summary>
internal static class SayingVerbs
{
    /// <summary>English and German verbs of saying, as a regex alternation.</summary>
    public const string Alternation = @"said|says|told|announced|confirmed|reported|added|stated|explained"
        + @"|sagte|sagten|sagt|erklärte|erklärten|erklärt|teilte|teilten|berichtete|berichteten|bestätigte|bestätigten|meldete|meldeten"
        + @"|betonte|betonten|meinte|kündigte|kündigten|gab|gaben|hieß\s+es";
}
