using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The role nouns a "who" / "which" question's person or organisation is called by in the article: the question's own
/// titles ("Who is the chief executive of X?" → "X Chief Executive Tom Bell") and the agent nouns of its verbs ("Who
/// produced the album?" → "the record's producer Jane Doe"; direct → director, found → founder, gründen → Gründer,
/// leiten → Leiter, dirigieren → Dirigent), and the noun a "who is the X" question names its person by ("Wer war der
/// Agent der …?" → "Her agent Barry Brown said"). A new name right next to one of them is the asked one.
/// </summary>
internal static partial class RoleNouns
{
    /// <summary>Agent nouns shorter than this match inside too many unrelated words.</summary>
    private const int MinLength = 6;

    public static IReadOnlyList<string> Of(string question, string language)
    {
        var roles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in Tokenizer.LetterRuns(question))
        {
            var word = match.Value.ToLowerInvariant();
            if (word.Length < 4 || FunctionWords.IsFunctionWord(word, language)) continue;
            if (NameContext.PersonTitles.Contains(word) && !DescribesNamedSubject(question, match.Index, language)) roles.Add(word);
            foreach (var role in language == LanguageDetector.German ? German(word) : English(word))
                if (role.Length >= MinLength) roles.Add(role);
        }
        if (CopulaNoun(question) is { } noun) roles.Add(noun);
        return roles.ToList();
    }

    /// <summary>
    /// "Which film got the Irish actor who died at 85 his Oscar nomination?", "Wer soll den Konzern führen, nachdem der dänische
    /// Chef zu Adidas wechselt?", "Which club did the former manager join?": a title after a definite article (and
    /// only adjectives) refers to someone the question already has in mind, its subject or another person it is about;
    /// the article names that person beside the title ("Irish actor Dan O'Herlihy", "Henkel-Chef Kasper Rorsted"), and
    /// the asked one is someone or something else. Not after "as"/"als" or a verb that gives the role ("named as the new
    /// coach", "was appointed the new manager", "wird der neue Trainer"; <see cref="CopulaNoun"/> adds the noun a "who is
    /// the X" question asks by); "zum neuen Trainer" holds no bare article.
    /// </summary>
    /// <remarks>The article is the question's language's: "Which Lib Dem spokesman …?" holds no German "dem".</remarks>
    internal static bool DescribesNamedSubject(string question, int titleAt, string language) =>
        (language == LanguageDetector.German ? GermanDefiniteBeforeTitle() : EnglishDefiniteBeforeTitle()).Match(question[..titleAt]) is { Success: true } article
        && !RoleAfter().IsMatch(question[..article.Index]);

    /// <summary>
    /// A definite article and up to two adjectives (lower case, or a people's adjective: "the Irish", "der dänische") right
    /// before the title, or a name that says whose title it is ("the late Joy Division singer", "the England coach").
    /// </summary>
    [GeneratedRegex(@"\b(?i:the)\s+" + DescribingWords)]
    private static partial Regex EnglishDefiniteBeforeTitle();

    [GeneratedRegex(@"\b(?i:der|die|das|den|dem|des)\s+" + DescribingWords)]
    private static partial Regex GermanDefiniteBeforeTitle();

    private const string DescribingWords = @"((\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+(ish|ian|an|ese|ic|i))\s+){0,2}(\p{Lu}[\p{L}-]*\s+){0,2}$";

    /// <summary>
    /// "as the", "als der", "was named the", "Who's the", "wird der": the title is the role the question gives someone,
    /// which may be the asked one; "Wie heißt die Präsidentin …?", "the name of the president" ask for that person's name.
    /// </summary>
    [GeneratedRegex(@"(\b(as|als|is|was|are|were|be|been|became|become|becomes|named|appointed|elected|made|called|name|namen|ist|war|wird|wurde|werden|bleibt|blieb|heißt|heisst|hieß|hiess|lautet|lautete)|['’]s)\s+(of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleAfter();

    /// <summary>
    /// "Wer war der Agent der an Lungenkrebs gestorbenen Schauspielerin?", "Wer ist der neue Trainer beim …?", "Who was the
    /// engineer who recorded …?": a "who" question that says what the person is, by a noun after "is the", asks for the
    /// one the article names beside that noun, as "Welcher Agent …?" does ("Her agent Barry Brown said …"); the rest of the
    /// question describes someone else (the actress), whom the sentences restating it name.
    /// </summary>
    internal static string? CopulaNoun(string question) =>
        (GermanCopula().Match(question) is { Success: true } de ? de : EnglishCopula().Match(question)) is { Success: true } match
        && match.Groups["noun"].Value is var noun && !FunctionWords.IsFunctionWord(noun.ToLowerInvariant())
            ? noun
            : null;

    /// <summary>"Wer ist/war/wird der|die [neue] Noun": German adjectives are lower case, the noun capitalised.</summary>
    [GeneratedRegex(@"^\s*Wer\s+(ist|war|wird|wurde)\s+(der|die)\s+(\p{Ll}+\s+){0,2}(?<noun>\p{Lu}[\p{L}-]*)")]
    private static partial Regex GermanCopula();

    /// <summary>
    /// "Who is/was the [Capitalised or lower-case words] noun who|that|of|…": the word before the clause or phrase that
    /// describes the person is the noun ("Who was the GfK boss that …" → boss).
    /// </summary>
    [GeneratedRegex(@"^\s*Who\s+(is|was|will\s+be|became)\s+the\s+([\p{L}'’-]+\s+){0,3}?(?<noun>\p{Ll}[\p{L}-]*)\s*(\s(who|whom|that|of|at|in|for|from|behind|with|on)\b|,|\?)")]
    private static partial Regex EnglishCopula();

    private static IEnumerable<string> English(string word)
    {
        if (Irregular.TryGetValue(word, out var irregular)) { yield return irregular; yield break; }
        foreach (var stem in EnglishStems(word))
        {
            if (stem.EndsWith('e')) { yield return stem + "r"; yield return stem[..^1] + "or"; }
            else { yield return stem + "er"; yield return stem + "or"; }
        }
    }

    /// <summary>The verb's stem under its -ed, -ing or -s ending ("produced" → produce, produc; "directs" → direct).</summary>
    private static IEnumerable<string> EnglishStems(string word)
    {
        if (word.EndsWith("ed")) { yield return word[..^1]; yield return word[..^2]; }
        else if (word.EndsWith("ing")) { yield return word[..^3]; yield return word[..^3] + "e"; }
        else if (word.EndsWith("es")) { yield return word[..^1]; yield return word[..^2]; }
        else if (word.EndsWith('s')) yield return word[..^1];
        else yield return word;
    }

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["led"] = "leader", ["leads"] = "leader", ["lead"] = "leader", ["wrote"] = "writer", ["written"] = "writer",
        ["won"] = "winner", ["wins"] = "winner", ["win"] = "winner", ["built"] = "builder", ["made"] = "maker",
        ["sang"] = "singer", ["sung"] = "singer", ["taught"] = "teacher", ["bought"] = "buyer", ["sold"] = "seller",
        ["ran"] = "runner", ["runs"] = "runner", ["run"] = "runner",
        // "Who chaired the inquiry?": "Committee chairman Alan Beith said".
        ["chaired"] = "chairman", ["chairs"] = "chairman", ["chair"] = "chairman",
    };

    /// <summary>
    /// German verb forms to agent nouns: the stem under "ge-" and the ending ("gegründet" → gründ → Gründer,
    /// "leitete" → Leiter); verbs in -ieren take -ent, -ist or -ator ("dirigiert" → Dirigent, "komponierte" → Komponist).
    /// </summary>
    private static IEnumerable<string> German(string word)
    {
        var stem = word;
        if (stem.StartsWith("ge") && stem.Length > 6 && (stem.EndsWith('t') || stem.EndsWith("en"))) stem = stem[2..];
        stem = GermanEnding().Replace(stem, "");
        if (stem.Length < 3) yield break;
        if (stem.EndsWith("ier"))
        {
            var root = stem[..^3];
            yield return root + "ent";
            yield return root + "ist";
            yield return root + "ator";
            yield return root + "er";
            yield break;
        }
        yield return stem + "er";
    }

    [GeneratedRegex(@"(eten|ete|est|et|ten|te|en|t|e|n)$")]
    private static partial Regex GermanEnding();
}
