using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// English writes what kind of thing a name is right before it, in lower case: "Australian miner WMC", "broadcaster Five",
/// "striker Wayne Rooney". The word describes the name the question is about; it is no topic of its own, and an article
/// that names the company ("WMC said it made net profits of 1.33bn Australian dollars in 2004") speaks of it, however
/// seldom it calls it a miner. (German capitalises every noun, so "der Sender Five" is read by <see cref="NameAfterNoun"/>.)
/// </summary>
internal static partial class NameDescriptors
{
    /// <summary>
    /// The lower-case words of an English question that say what the capitalised word right after them (a name) is; none
    /// for German. A listed kind of person or organisation ("striker", "company") always does; an unlisted word ("miner")
    /// only when it is no verb ("visited Spain", "did WMC") and opens no contact clause ("the contract Siemens won": the
    /// contract is what Siemens won, a topic of its own).
    /// </summary>
    public static IReadOnlySet<string> In(string question, string language)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (language != "en") return words;
        foreach (Match m in BeforeName().Matches(question))
        {
            var word = m.Groups["word"];
            if (NameContext.IsPersonTitle(word.Value) || NameContext.IsOrganisationNoun(word.Value)
                || (!FunctionWords.IsFunctionWord(word.Value) && !EnglishVerbUse.IsVerbAt(question, word.Index, word.Value)
                    && !OpensContactClause(question, m)))
                words.Add(word.Value);
        }
        return words;
    }

    /// <summary>
    /// The name after the word is the subject of a verb of its own ("the contract Siemens won in 2010", "the election
    /// Cameron called"): a lower-case content word follows the name, and no auxiliary before the word ("did Australian
    /// miner WMC make …") makes that verb the question's own.
    /// </summary>
    private static bool OpensContactClause(string question, Match descriptor)
    {
        var after = descriptor.Groups["name"];
        if (Tokenizer.NextLetterRun(question, after.Index + after.Length) is not { Success: true } next
            || char.IsUpper(next.Value[0]) || FunctionWords.IsFunctionWord(next.Value)) return false;
        var clauseStart = question.LastIndexOfAny([',', ';', ':'], descriptor.Index) + 1;
        return !Tokenizer.LetterRuns(question[clauseStart..descriptor.Index]).Any(w => IsAuxiliary(w.Value.ToLowerInvariant()));
    }

    /// <summary>An auxiliary, modal or perfect "have" ("did", "will", "has"), not a form of "be", which a contact clause's question opens with ("How much was the contract …").</summary>
    private static bool IsAuxiliary(string word) => EnglishVerbUse.IsAuxiliaryOrBe(word) && !EnglishFunctionWords.BeForms.Contains(word);

    /// <summary>A lower-case word, one space, then a run of capitalised words (a name) whose first is not the pronoun "I".</summary>
    [GeneratedRegex(@"\b(?<word>\p{Ll}[\p{Ll}\-]+)\s(?<name>\p{Lu}(?!\b)[\p{L}\p{N}&.\-]*(?:\s\p{Lu}[\p{L}\p{N}&.\-]*)*)")]
    private static partial Regex BeforeName();
}
