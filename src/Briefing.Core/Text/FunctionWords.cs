using System.Collections.Frozen;

namespace Briefing.Core.Text;

/// <summary>
/// The one source of German and English function words: closed-class words, question words, verbs of saying and
/// naming, words that point back, and generic content words (time, counting, reporting). Look-ups fold the word
/// first (<see cref="WordNormalizer.Fold"/>), so "können", "Können" and "koennen" are the same word.
/// </summary>
public static class FunctionWords
{
    private static readonly FrozenSet<string> GermanClosed = Load(GermanFunctionWords.Closed, GermanFunctionWords.Interrogatives, GermanFunctionWords.GenericVerbs);
    private static readonly FrozenSet<string> EnglishClosed = Load(EnglishFunctionWords.Closed, EnglishFunctionWords.Interrogatives, EnglishFunctionWords.GenericVerbs);
    private static readonly FrozenSet<string> Either = Load(GermanClosed, EnglishClosed);
    private static readonly FrozenSet<string> Question = Load(
        GermanFunctionWords.Interrogatives, GermanFunctionWords.GenericVerbs, GermanFunctionWords.QuestionFillers,
        EnglishFunctionWords.Interrogatives, EnglishFunctionWords.GenericVerbs, EnglishFunctionWords.QuestionFillers);
    private static readonly FrozenSet<string> EnglishQuestion = Load(
        EnglishFunctionWords.Interrogatives, EnglishFunctionWords.GenericVerbs, EnglishFunctionWords.QuestionFillers);
    private static readonly FrozenSet<string> Anaphor = Load(GermanFunctionWords.Anaphors, EnglishFunctionWords.Anaphors);
    private static readonly FrozenSet<string> GermanPersonPronouns = Load(GermanFunctionWords.PersonPronouns);
    private static readonly FrozenSet<string> EnglishPersonPronouns = Load(EnglishFunctionWords.PersonPronouns);
    private static readonly FrozenSet<string> SubjectPronouns = Load(GermanFunctionWords.SubjectPronouns, EnglishFunctionWords.SubjectPronouns);
    private static readonly FrozenSet<string> DefiniteArticles = Load(GermanFunctionWords.DefiniteArticles, EnglishFunctionWords.DefiniteArticles);
    private static readonly FrozenSet<string> ArticleContractions = Load(GermanFunctionWords.ArticleContractions);
    private static readonly FrozenSet<string> GermanIndefiniteArticles = Load(GermanFunctionWords.IndefiniteArticles);
    private static readonly FrozenSet<string> EnglishIndefiniteArticles = Load(EnglishFunctionWords.IndefiniteArticles);
    private static readonly FrozenSet<string> IndefiniteArticles = Load(GermanIndefiniteArticles, EnglishIndefiniteArticles);
    private static readonly FrozenSet<string> GermanThirdPersonPossessives = Load(GermanFunctionWords.ThirdPersonPossessives);
    private static readonly FrozenSet<string> EnglishThirdPersonPossessives = Load(EnglishFunctionWords.ThirdPersonPossessives);
    private static readonly FrozenSet<string> GenericWords = Load(GermanFunctionWords.Generic, EnglishFunctionWords.Generic);

    /// <summary>A function word, question word or verb of saying in German or English.</summary>
    public static bool IsFunctionWord(string word) => Either.Contains(WordNormalizer.Fold(word));

    /// <summary>A function word, question word or verb of saying of <paramref name="language"/> ("de"; anything else is English).</summary>
    public static bool IsFunctionWord(string word, string? language) =>
        (language is LanguageDetector.German ? GermanClosed : EnglishClosed).Contains(WordNormalizer.Fold(word));

    /// <summary>Says what a question asks but not about what: interrogatives, verbs of saying and naming, auxiliaries, "und"/"and".</summary>
    public static bool IsQuestionWord(string word) => Question.Contains(WordNormalizer.Fold(word));

    /// <summary>
    /// A question word in a question of <paramref name="language"/> ("de"; anything else is English). German "war" and
    /// "hat" ask nothing, but in an English question they are nouns the question is about ("When did England declare
    /// war?"), so an English question's question words are English ones only. A German question keeps both languages'
    /// ("Wie lautet der Name …?": "Name" is English "name", which names no topic either).
    /// </summary>
    public static bool IsQuestionWord(string word, string? language) =>
        (language is LanguageDetector.German ? Question : EnglishQuestion).Contains(WordNormalizer.Fold(word));

    /// <summary>The question words of German and English that ask for a person, as a regex alternation: "wer", "wessen", "who", "whose".</summary>
    public const string PersonInterrogativeAlternation = "wer|wen|wem|wessen|who|whom|whose";

    private static readonly FrozenSet<string> PersonInterrogatives = Load(PersonInterrogativeAlternation.Split('|'));

    /// <summary>A question word that asks for a person (<see cref="PersonInterrogativeAlternation"/>).</summary>
    public static bool IsPersonInterrogative(string word) => PersonInterrogatives.Contains(WordNormalizer.Fold(word));

    /// <summary>A pronoun or adverb that points back to something said before ("er", "dort", "they", "that").</summary>
    public static bool IsAnaphor(string word) => Anaphor.Contains(WordNormalizer.Fold(word));

    /// <summary>A third-person pronoun of <paramref name="language"/> that stands for one person ("er", "ihn", "he", "his").</summary>
    public static bool IsPersonPronoun(string word, string? language) =>
        (language is LanguageDetector.German ? GermanPersonPronouns : EnglishPersonPronouns).Contains(WordNormalizer.Fold(word));

    /// <summary>A personal pronoun for a person as the subject, in German or English: he, she, er, sie.</summary>
    public static bool IsSubjectPronoun(string word) => SubjectPronouns.Contains(WordNormalizer.Fold(word));

    /// <summary>A definite article of German or English: der, die, das, den, dem, des, the.</summary>
    public static bool IsDefiniteArticle(string word) => DefiniteArticles.Contains(WordNormalizer.Fold(word));

    /// <summary>A German preposition fused with the definite article ("im", "zum", "beim"): an article before a noun as much as "der".</summary>
    public static bool IsArticleContraction(string word) => ArticleContractions.Contains(WordNormalizer.Fold(word));

    /// <summary>An indefinite article of German or English: ein, eine, einen, einem, einer, eines, a, an.</summary>
    public static bool IsIndefiniteArticle(string word) => IndefiniteArticles.Contains(WordNormalizer.Fold(word));

    /// <summary>An indefinite article of <paramref name="language"/> ("de": ein, eine, …; anything else is English: a, an).</summary>
    public static bool IsIndefiniteArticle(string word, string? language) =>
        (language is LanguageDetector.German ? GermanIndefiniteArticles : EnglishIndefiniteArticles).Contains(WordNormalizer.Fold(word));

    /// <summary>A third-person possessive article of <paramref name="language"/> ("de": sein, ihre, …; anything else is English: his, her, its, their).</summary>
    public static bool IsThirdPersonPossessive(string word, string? language) =>
        (language is LanguageDetector.German ? GermanThirdPersonPossessives : EnglishThirdPersonPossessives).Contains(WordNormalizer.Fold(word));

    /// <summary>A frequent content word that names no topic of its own (year/Jahr, people/Menschen, world/weltweit, Monday).</summary>
    public static bool IsGeneric(string word) => GenericWords.Contains(WordNormalizer.Fold(word));

    /// <summary>A function word of German only or English only: evidence for the language (words of both say nothing).</summary>
    public static bool IsOnlyGerman(string word)
    {
        var folded = WordNormalizer.Fold(word);
        return GermanClosed.Contains(folded) && !EnglishClosed.Contains(folded);
    }

    /// <inheritdoc cref="IsOnlyGerman"/>
    public static bool IsOnlyEnglish(string word)
    {
        var folded = WordNormalizer.Fold(word);
        return EnglishClosed.Contains(folded) && !GermanClosed.Contains(folded);
    }

    private static FrozenSet<string> Load(params IEnumerable<string>[] lists) =>
        lists.SelectMany(list => list).Select(WordNormalizer.Fold).ToFrozenSet(StringComparer.Ordinal);
}
