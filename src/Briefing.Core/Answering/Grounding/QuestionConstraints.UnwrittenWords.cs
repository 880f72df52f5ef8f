using System.Text.RegularExpressions;
using Briefing.Core.Search;
using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

internal sealed partial class QuestionConstraints
{
    /// <summary>
    /// A German question's dictionary nouns that no article of a large index writes, in either language, nor any
    /// translation of them, where such a word carries the question: "Wo wurde in Vorarlberg zuletzt ein Luchs gesichtet?"
    /// (nothing else specific but a place), "Wie viele Pinguin-Küken sind heuer im Tiergarten Schönbrunn geschlüpft?" (the
    /// counted thing). The index's vocabulary has nothing on what is asked, so no article answers it, however well the other
    /// words match (the flamingo chicks of the same zoo). <see cref="UnknownWords"/> leaves dictionary words out: vocabulary
    /// a small index may lack. An index with thousands of passages of the question's language (<see cref="MinPassagesOfVocabulary"/>)
    /// that lacks the word and its every translation lacks the topic.
    /// </summary>
    /// <remarks>
    /// Only a word the dictionary lists: its translations were looked up, and the expander keeps those some article writes,
    /// so none kept means none written. Only German questions: the English→German side renders a word by few senses, and
    /// the German article said it with another ("vials" → Phiole, the article's "Ampullen"; "puppy" → Welpe, the article's
    /// "Welpenhandel"), so English words were required of articles that answer (measured: 2 hits lost for 1 unanswerable).
    /// Beside other details (a name, a number) the word is the asker's description of them ("den Mafioso Henry Hill"): the
    /// article shows the details and words the rest its way; only the counted noun is still what the article must count.
    /// Not a word that begins or ends a compound the articles write ("Luchs" in "Luchsweibchen"), and a compound of words
    /// the articles write is a paraphrase as in <see cref="UnknownWords"/>.
    /// </remarks>
    /// <param name="detailed">The question has a detail besides descriptions (a name, a number, an unknown word).</param>
    private static IEnumerable<QuestionConstraint> UnwrittenWords(string question, string language, string other,
        IReadOnlyList<WeightedTerm> expansions, NameDetector names, ITermStatistics statistics, GermanCompoundSplitter? compounds, HashSet<string> seen, bool detailed)
    {
        if (language != LanguageDetector.German || statistics.PassageCountIn(language) < MinPassagesOfVocabulary) yield break;
        var counted = AskedUnit.Of(question, names) is { Kind: AskedUnit.Measure.Count } unit ? unit.Word.Split('-') : [];
        foreach (Match match in NameDetector.WordsOf(question))
        {
            var word = match.Value;
            if (word.Length < MinUnwrittenWordLength || seen.Contains(word) || !word.All(char.IsLetter)
                || FunctionWords.IsFunctionWord(word) || FunctionWords.IsQuestionWord(word) || FunctionWords.IsGeneric(word)) continue;
            if (detailed && !counted.Contains(word, StringComparer.OrdinalIgnoreCase)) continue;
            // German capitalises its nouns; a verb opens the question only in its own form.
            if (!char.IsUpper(word[0]) || NameDetector.IsOpeningVerbForm(word, language, match.Index == 0)) continue;
            if (names.IsCommonWord(word, language) != true) continue;
            if (statistics.AnalyzeTerms(word, language) is not [var term]
                || WrittenByIndex(word, term, language, other, expansions, statistics, maxDocuments: 0, checkTranslations: true)) continue;
            if (statistics.BeginsCompound(term, language) || statistics.CompoundsEndingWith(term, language, 1).Count > 0) continue;
            var parts = CompoundParts(word, statistics, compounds);
            if (parts.Length > 0 && OtherSpecificWords(question, word) >= MinOtherSpecificWords) continue;
            if (!seen.Add(word)) continue;
            yield return new QuestionConstraint(word, [word, .. parts], true) { Unknown = true };
        }
    }

    /// <summary>
    /// Passages of the question's language an index holds before a word none of them writes says that none is about it:
    /// a news archive of a thousand articles has several thousand; XQuAD's few hundred paragraphs, each about one thing,
    /// lack most words their translated questions paraphrase with.
    /// </summary>
    internal const int MinPassagesOfVocabulary = 2000;

    /// <summary>Shorter words are mostly everyday vocabulary whatever the index holds.</summary>
    private const int MinUnwrittenWordLength = 5;
}
