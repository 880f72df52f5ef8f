using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A sentence whose opening points back to what the sentence before it named ("Er wurde 1950 ...", "Dabei ...",
/// "Today, this is known as ...", "Der Preis ..."): it goes on about that sentence's subject without naming it again.
/// </summary>
internal static class ReferenceOpening
{
    /// <summary>
    /// How many of a sentence's first words may stand before its pointing word: "Today, this is known as ...",
    /// "In this way, they ...", "Anschließend komponierte er ..." open with an adverb before the subject.
    /// </summary>
    private const int OpeningWords = 3;

    /// <summary>
    /// The sentence opens by pointing back ("Der Preis", "Die bestehende", "Dafür", "The service", "It"): it goes on about
    /// what the sentence before named. One that names its own subject ("Mitsubishi has forecast a loss of 472bn yen")
    /// starts another fact.
    /// </summary>
    public static bool Opens(string sentence) =>
        Tokenizer.FirstTokens(sentence, 1) is [var first, ..] && (FunctionWords.IsDefiniteArticle(first.Text) || PointsBack(first.Text));

    /// <summary>
    /// A pronoun or pointing adverb among the sentence's first words, as its subject or the clause's topic: "Er
    /// komponierte ...", "Today, this is known as the Miasma theory", "Dazu gehören ...". Its subject is what the
    /// sentence before named, so the question's words said there are said of this sentence's subject too.
    /// </summary>
    public static bool ReachesSubjectByPronoun(string sentence) =>
        Tokenizer.FirstTokens(sentence, OpeningWords).Any(t => PointsBack(t.Text));

    private static bool PointsBack(string word) =>
        FunctionWords.IsAnaphor(word) || (word.StartsWith("Da", StringComparison.Ordinal) && FunctionWords.IsFunctionWord(word));
}
