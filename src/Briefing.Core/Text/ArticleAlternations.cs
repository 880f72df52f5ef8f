namespace Briefing.Core.Text;

/// <summary>
/// The articles and third-person possessives of <see cref="GermanFunctionWords"/> and <see cref="EnglishFunctionWords"/>
/// joined as regex alternations, for [GeneratedRegex] patterns that pass over the word before a noun in either
/// language ("in der", "in the", "laut seinem", "according to its"): a pattern must be a constant, so it is built from
/// the lists' own alternations instead of spelling the words again.
/// </summary>
/// <remarks>
/// The words differ in their letters, so the order of the alternatives only matters where a pattern lets an article
/// stop inside a word ("a" in "another"); every pattern here is followed by white space or a word boundary.
/// </remarks>
internal static class ArticleAlternations
{
    /// <summary>German definite and indefinite articles in every case and gender.</summary>
    public const string German = GermanFunctionWords.DefiniteArticleAlternation + "|" + GermanFunctionWords.IndefiniteArticleAlternation;

    /// <summary>English definite and indefinite articles.</summary>
    public const string English = EnglishFunctionWords.DefiniteArticleAlternation + "|" + EnglishFunctionWords.IndefiniteArticleAlternation;

    /// <summary>Definite and indefinite articles of both languages.</summary>
    public const string Any = German + "|" + English;

    /// <summary>The definite article of both languages: der, die, das, den, dem, des, the.</summary>
    public const string Definite = GermanFunctionWords.DefiniteArticleAlternation + "|" + EnglishFunctionWords.DefiniteArticleAlternation;

    /// <summary>Third-person possessives of both languages ("seinem", "ihre", "his", "their").</summary>
    public const string Possessive = GermanFunctionWords.ThirdPersonPossessiveAlternation + "|" + EnglishFunctionWords.ThirdPersonPossessiveAlternation;

    /// <summary>Any article or a third-person possessive of either language.</summary>
    public const string AnyOrPossessive = Any + "|" + Possessive;

    /// <summary>The German definite article or a third-person possessive ("der", "seinem", "ihre").</summary>
    public const string GermanDefiniteOrPossessive = GermanFunctionWords.DefiniteArticleAlternation + "|" + GermanFunctionWords.ThirdPersonPossessiveAlternation;

    /// <summary>"the" or a third-person possessive ("his", "its", "their").</summary>
    public const string EnglishDefiniteOrPossessive = EnglishFunctionWords.DefiniteArticleAlternation + "|" + EnglishFunctionWords.ThirdPersonPossessiveAlternation;

    /// <summary>The definite article or a third-person possessive of either language.</summary>
    public const string DefiniteOrPossessive = Definite + "|" + Possessive;
}
