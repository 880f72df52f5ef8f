using System.Text.RegularExpressions;

namespace Briefing.Core.Text;

/// <summary>
/// Whether an English question uses a word as a verb, read from the word's form and its neighbours: English does not
/// mark its nouns, and many verbs are spelt like nouns ("watch", "plan", "want"). "How many spectators watched …",
/// "was Ian Brown playing …", "will the lineman watch the Super Bowl", "does Britain want to …" say what someone did,
/// which an article words its own way ("sahen … zu", "produziert"), not a thing the article must name.
/// </summary>
internal static partial class EnglishVerbUse
{
    /// <summary>The word at <paramref name="index"/> of <paramref name="question"/> is used as a verb (see the class remarks).</summary>
    public static bool IsVerbAt(string question, int index, string word)
    {
        if (word.Length == 0 || char.IsUpper(word[0])) return false;
        var lower = word.ToLowerInvariant();
        if (EnglishVerbForms.IsEdForm(lower)) return true;
        var before = WordsBefore(question, index);
        // "was Ian Brown playing", "to be building": a form in -ing after a form of "be" (names between are its subject).
        if (lower.EndsWith("ing", StringComparison.Ordinal) && before.SkipWhile(w => char.IsUpper(w[0])).FirstOrDefault() is { } be
            && BeForms.Contains(be)) return true;
        // "will the lineman watch the Super Bowl", "does Britain want to be …", "to bring the Olympics": a bare word
        // followed by its object's determiner (or "to") after the subject of an inverted auxiliary, or after "to". A noun
        // there follows a determiner of its own ("did the plan …"), a verb does not.
        if (Tokenizer.NextLetterRun(question, index + word.Length) is not { Success: true } next
            || !string.IsNullOrWhiteSpace(question[(index + word.Length)..next.Index]) || !ObjectOpeners.Contains(next.Value)) return false;
        if (before.FirstOrDefault() is not { } previous || Determiners.Contains(previous) || previous.EndsWith("'s", StringComparison.Ordinal)) return false;
        return previous == "to" || (!FunctionWords.IsFunctionWord(previous) && before.Skip(1).Any(Auxiliaries.Contains));
    }

    /// <summary>The question's words before <paramref name="index"/>, nearest first, as written ("Brown", "Ian", "was"); up to the clause's start.</summary>
    private static List<string> WordsBefore(string question, int index)
    {
        var clause = question[..index];
        var start = clause.LastIndexOfAny([',', ';', ':', '?', '!']) + 1;
        var words = ClauseWord().Matches(clause[start..]).Select(m => m.Value).ToList();
        words.Reverse();
        return words.Select(w => char.IsUpper(w[0]) && w.Length > 1 && !w.Skip(1).Any(char.IsUpper) && IsAuxiliaryOrBe(w.ToLowerInvariant()) ? w.ToLowerInvariant() : w).ToList();
    }

    /// <summary>
    /// An auxiliary or modal ("did", "will", "has", "had") or a form of "be", written in lower case: the finite verb that
    /// opens a clause or an inverted question.
    /// </summary>
    internal static bool IsAuxiliaryOrBe(string word) => Auxiliaries.Contains(word) || HaveForms.Contains(word) || BeForms.Contains(word);

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*")]
    private static partial Regex ClauseWord();

    private static readonly HashSet<string> BeForms = new(EnglishFunctionWords.BeForms, StringComparer.Ordinal);

    /// <summary>
    /// The perfect's auxiliary: it opens a clause as "did" does ("Which radio station has aired …"), but is kept out of
    /// <see cref="Auxiliaries"/>, whose check for a bare verb after the inverted subject ("will the lineman watch the …")
    /// does not fit the perfect, which takes a participle.
    /// </summary>
    private static readonly HashSet<string> HaveForms = new(EnglishFunctionWords.HaveForms, StringComparer.Ordinal);

    /// <summary>Auxiliaries that stand before the subject in a question ("How many … did the firm …").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "do", "does", "did", "will", "would", "can", "could", "should", "shall", "must", "may", "might",
    };

    private static readonly HashSet<string> Determiners = new(EnglishFunctionWords.Determiners, StringComparer.Ordinal);

    /// <summary>What a verb's object or infinitive opens with.</summary>
    private static readonly HashSet<string> ObjectOpeners = new(Determiners.Append("to"), StringComparer.Ordinal);
}
