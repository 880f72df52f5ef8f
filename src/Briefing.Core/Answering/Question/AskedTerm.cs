using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A question that asks what something is called — "What is the term for …?", "What are numbers … called?", "What is X
/// often referred to as?", "Wie lautet der Begriff für …?", "Wie werden Zahlen … bezeichnet?", "Welcher Begriff …?",
/// "Wie nennt man …?" — and the sentence that answers it by naming a term: "is called a composite number", "known as",
/// "der sogenannten Soft Power", "wird als zusammengesetzte Zahl bezeichnet", a short quoted term ("many of these
/// „Segregation Academies“"). Writers introduce a term with such a naming phrase or quotes; the sentence that describes
/// the thing in the question's words (and so covers it best) usually does not give the term.
/// </summary>
/// <remarks>
/// Not "What is the name of …?", "Wie heißt …?": those ask a proper name, read by <see cref="ExpectedAnswerType"/>'s name cues.
/// </remarks>
internal static partial class AskedTerm
{
    /// <summary>Whether the question asks what something is called.</summary>
    public static bool IsAsked(string question) => Cue().IsMatch(question);

    /// <summary>
    /// Whether <paramref name="sentence"/> names a term with a word the question does not have (not "Christian academies"
    /// quoted back for "What is a derogatory term for the Christian academies …?"). Patterns of both languages: the
    /// sentence may be in either.
    /// </summary>
    public static bool NamesNewTerm(string sentence, string question)
    {
        var asked = Tokenizer.LetterRuns(question).Select(m => m.Value).Where(w => !FunctionWords.IsFunctionWord(w)).ToList();
        return Terms(sentence).Any(term => IsNew(term.Words, asked) && (!term.Quoted || term.Words.Any(w => IsAsked(w, asked))));
    }

    /// <summary>
    /// The terms a sentence names: after a naming phrase, before a German "bezeichnet"/"genannt", or short and quoted. A
    /// quoted term names the asked thing only when it repeats one of the question's words beside a new one ("these
    /// "segregation academies"" for the Christian academies): quotes also mark titles, glosses and quotations
    /// („Ctenophora“ bedeutet „Kammtragende“, das Recht zu „ändern oder abzuschaffen“).
    /// </summary>
    internal static IEnumerable<(IReadOnlyList<string> Words, bool Quoted)> Terms(string sentence)
    {
        foreach (Match m in AfterNaming().Matches(sentence)) yield return (Words(m.Groups["term"].Value), false);
        // "wird Primzahleigenschaft genannt": the words before the participle, from the first that is no function word.
        foreach (Match m in BeforeGermanNaming().Matches(sentence))
            yield return (Words(m.Groups["term"].Value).SkipWhile(w => FunctionWords.IsFunctionWord(w)).ToList(), false);
        foreach (Match m in Quoted().Matches(sentence))
        {
            var words = Words(m.Groups["term"].Value);
            // A term is a few words and opens with no function word: "with all deliberate speed" is a quotation.
            if (words.Count is > 0 and <= MaxQuotedWords && !FunctionWords.IsFunctionWord(words[0])) yield return (words, true);
        }
    }

    private static IReadOnlyList<string> Words(string text) => Tokenizer.LetterRuns(text).Select(m => m.Value).ToList();

    /// <summary>A term that opens with no function word ("called for", "named after") and has a word of three letters or more that is none and no form of a question word.</summary>
    private static bool IsNew(IReadOnlyList<string> words, IReadOnlyList<string> asked) =>
        words.Count > 0 && !FunctionWords.IsFunctionWord(words[0])
        && words.Any(w => w.Length >= MinWord && !FunctionWords.IsFunctionWord(w) && !IsAsked(w, asked));

    /// <summary>A form of one of the question's words ("academies" of "Academies", "Zahlen" of "Zahl").</summary>
    private static bool IsAsked(string word, IReadOnlyList<string> asked) =>
        asked.Any(a => InflectedForm.Is(word, a, InflectedForm.NounEndings) || InflectedForm.Is(a, word, InflectedForm.NounEndings));

    private const int MaxQuotedWords = 3;
    private const int MinWord = 3;

    /// <remarks>
    /// English: "the/a/another (derogatory) term/word/expression for", "what/which term", "what are X called", "what is X
    /// (often) referred to / known as". German: "Wie lautet der (Fach)Begriff für", "Welcher Begriff/Ausdruck", "Welche
    /// Bezeichnung", "Was ist eine (abfällige) Bezeichnung für", "Wie nennt man", "Wie werden X bezeichnet/genannt" (the participle ends the main clause, before a relative clause).
    /// </remarks>
    [GeneratedRegex(@"\b(the|a|an|another|one)\s+(\p{L}+\s+)?(term|word|expression|phrase)\s+(for|used|given)\b"
        + @"|\b(what|which)\s+(\p{L}+\s+)?(term|expression|phrase)\b"
        + @"|^\s*what\s+(is|are|was|were)\b(?=[^?]*\b(called|termed)\s*\??\s*$)"
        + @"|^\s*what\s+(is|are|was|were)\b(?=[^?]*\b(known|referred\s+to)\s+as\s*\??\s*$)"
        + @"|\bwie\s+(lautet|lautete|lauten|heißt|hieß)\s+(der|die|das|ein|eine)\s+(\p{L}+\s+)?(\p{L}*begriff|ausdruck|bezeichnung|wort)\b"
        + @"|\bwelche[rnms]?\s+(\p{L}+\s+)?(\p{L}*begriff|ausdruck|bezeichnung)\b"
        + @"|\b(ist|war)\s+(ein|eine|der|die)\s+(\p{L}+\s+)?(\p{L}*begriff|ausdruck|bezeichnung)\s+für\b"
        + @"|\bwie\s+nennt\s+man\b"
        + @"|^\s*wie\s+(wird|werden|wurde|wurden)\b(?=[^?]*\b(bezeichnet|genannt)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    /// <summary>
    /// "called a composite number", "known as Amazonia", "referred to as soft power", "so-called", "der sogenannten Soft
    /// Power", "namens": up to four words after it. Not "called for", "called on", "named after": the term must open with
    /// no function word (<see cref="IsNew"/>).
    /// </summary>
    [GeneratedRegex(@"\b(called|termed|dubbed|known\s+as|referred\s+to\s+as|so-called|sogenannte[nmrs]?|so\s+genannte[nmrs]?|namens)\s+((an?|the|ein|eine|einen|einer)\s+)?(?<term>[\p{L}\p{N}][\p{L}\p{N}\-’']*(\s+[\p{L}\p{N}][\p{L}\p{N}\-’']*){0,3})", RegexOptions.IgnoreCase)]
    private static partial Regex AfterNaming();

    /// <summary>"wird als zusammengesetzte Zahl bezeichnet", "werden spirituelle Lehrer Guru genannt": the term right before the participle.</summary>
    [GeneratedRegex(@"\b(als\s+)?(?<term>([\p{L}\p{N}\-]+\s+){0,2}[\p{L}\p{N}\-]+)\s+(bezeichnet|genannt)\b")]
    private static partial Regex BeforeGermanNaming();

    [GeneratedRegex(@"[„“""»«‘](?<term>[^„“""»«‘’\n]{2,60})[“”""«»’]")]
    private static partial Regex Quoted();
}
