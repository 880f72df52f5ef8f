using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The names a sentence gives as the doer of an action in the passive: "The film, directed by Nicole Kassell, ...",
/// "Ms Smith is to be replaced by Lillian Tan", "der von Michael Haneke inszenierte Film", "wurde von Anna Berger
/// übernommen", and a role in brackets ("(Regie: Anna Berger)"). "Who directed ...?" asks for the doer of its verb,
/// and news often names that doer after the object, so the sentence shows the question's verb but not as the verb of
/// the name's clause; a sentence naming other people with the same words scores as well. When the action is the
/// question's own (<paramref name="isAsked"/>), the name is the asked one.
/// </summary>
internal static partial class ActionAgents
{
    /// <param name="isAsked">Whether a verb form or role word (as written in <paramref name="sentence"/>) is the question's own.</param>
    /// <returns>The name keys (<see cref="AnswerCandidates.NameKey"/>) of the doers of the question's action.</returns>
    public static IReadOnlySet<string> Of(string sentence, string language, NameDetector names, Func<string, bool> isAsked)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in NameSpans.Named(sentence, language, names))
        {
            if (!NameSpans.Fits(span.Kind, AnswerType.Person)) continue;
            var before = sentence[..span.Start];
            var after = sentence[span.End..];
            var action = language == "de"
                // "von Anna Berger inszeniert", "der von Anna Berger geleiteten Firma": the participle follows the name.
                // "gestaltet und gespielt": either of two joined participles may be the question's verb.
                ? (GermanAgent().IsMatch(before) && WordAfter().Match(after) is { Success: true } next
                    ? next.Groups["word"].Captures.Select(c => c.Value).Where(IsGermanParticiple).FirstOrDefault(isAsked) : null)
                // "directed by Nicole Kassell", "was won by Rangers": the participle stands before "by".
                : EnglishAgent().Match(before) is { Success: true } by && IsEnglishParticiple(by.Groups["verb"].Value) ? by.Groups["verb"].Value : null;
            // "(Regie: Anna Berger)", "(director: Jane Doe)": the role word before the colon names the action.
            action ??= RoleInBrackets().Match(before) is { Success: true } role ? role.Groups["role"].Value : null;
            if (action is not null && isAsked(action)) keys.UnionWith(span.Words.Select(AnswerCandidates.NameKey));
        }
        return keys;
    }

    /// <summary>
    /// The question itself is in the passive or names a doer ("Who was replaced by Tan?", "Wer wurde von ihm ersetzt?"):
    /// the doer it names is not what it asks.
    /// </summary>
    public static bool IsPassive(string question) => AgentInQuestion().IsMatch(question);

    [GeneratedRegex(@"\b(by|von)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgentInQuestion();

    /// <summary>A regular participle ("directed", "replaced", "chosen", "shown") or one of the common irregular ones.</summary>
    private static bool IsEnglishParticiple(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length > 3 && (lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("en", StringComparison.Ordinal) || lower.EndsWith("wn", StringComparison.Ordinal))
               || lower is "won" or "led" or "made" or "built" or "held" or "bought" or "sold" or "hit" or "shot" or "set" or "run" or "beat" or "caught" or "found" or "taught" or "struck";
    }

    /// <summary>A lower-case German verb form after the name, also as an inflected participle adjective ("inszenierten").</summary>
    private static bool IsGermanParticiple(string word) =>
        char.IsLower(word[0]) && (GermanVerbForms.IsVerbForm(word) || (AdjectiveEnding().Match(word) is { Success: true } e && GermanVerbForms.IsVerbForm(word[..e.Index])));

    /// <remarks>
    /// The doer may follow its description: "exposed by the Romanian hacker Marcel Lazar". A date or place may stand
    /// between the participle and "by": "Def Jam was founded in 1984 by Russell Simmons and producer Rick Rubin".
    /// </remarks>
    [GeneratedRegex(@"\b(?<verb>\p{L}+)(\s+(in|on|at|during)\s+[\p{L}\d]+){0,2}\s+by\s+(" + Description + @")?$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishAgent();

    /// <remarks>
    /// The doer may follow its description: "wurde von der unabhängigen Menschenrechtsexpertin Gudrun Berger gestaltet",
    /// "von dem rumänischen Hacker Marcel Lazar enthüllt".
    /// </remarks>
    [GeneratedRegex(@"\bvon\s+(" + Description + @")?$", RegexOptions.IgnoreCase)]
    private static partial Regex GermanAgent();

    /// <summary>
    /// An article and up to three words describing the doer before its name ("the Romanian hacker", "der unabhängigen
    /// Expertin"), or up to two such words without one, as news writes a title or origin before a name ("directed by
    /// Dutch-born Anton Corbijn", "von Regisseur Michael Haneke inszeniert").
    /// </summary>
    private const string Description = "((" + ArticleAlternations.Any + @")\s+([\p{L}-]+\s+){1,3}|([\p{L}-]+\s+){1,2})";

    /// <summary>The word after a name (past the rest of a hyphenated name: "Rabussay-Schwald"), and a second joined by "und".</summary>
    [GeneratedRegex(@"^(-\p{L}+)*\s+(?<word>\p{L}+)(\s+und\s+(?<word>\p{L}+))?")]
    private static partial Regex WordAfter();

    [GeneratedRegex(@"(e|en|er|es|em)$")]
    private static partial Regex AdjectiveEnding();

    [GeneratedRegex(@"\(\s*(?<role>\p{L}+)\s*:\s*$")]
    private static partial Regex RoleInBrackets();
}
