namespace Briefing.Core.Search;

/// <summary>
/// What a dictionary knows about a single word: whether it is an ordinary word of the language or a proper name.
/// German capitalises every noun, so a capitalised German word is a name only when the dictionary does not list
/// it as a common noun (or lists it with a capitalised translation: "Österreich" → "Austria").
/// </summary>
public interface IWordLexicon
{
    /// <returns>true: an ordinary word; false: a proper name; null: the dictionary does not know it.</returns>
    bool? IsCommonWord(string word, string language);

    /// <summary>
    /// Whether the dictionaries list <paramref name="word"/> as a place (or its people): German words with a
    /// capitalised translation ("Österreich" → "Austria"), English words whose German translation is one ("Italy" →
    /// "Italien"). Dictionaries list countries and cities, rarely people, so such a name never answers "who".
    /// </summary>
    bool IsPlaceName(string word, string language) => false;

    /// <summary>
    /// Whether the dictionary lists <paramref name="word"/> as written, not only by a form with an ending stripped
    /// ("Kurz", "Kern" are listed; "Volker" only as "Volk", "Peter" only as "Pet"). Null when it does not say.
    /// </summary>
    bool? IsListedAsWritten(string word, string language) => null;

    /// <summary>
    /// Whether the dictionary knows <paramref name="word"/> only as translated by itself, capitalised in one language
    /// alone ("Euro" → euro, "Axel" → axel, "Newton" → newton): a common noun both languages share, which
    /// <see cref="IsCommonWord"/> then reports as common, though such words are as often part of a name.
    /// </summary>
    bool IsSharedNoun(string word, string language) => false;
    /// <summary>
    /// The listed words a German word the dictionary lacks is a compound of ("Zweitrundenspiel" → "Zweit", "Runden",
    /// "Spiel", as the query expander splits it); empty for a listed word, an English one or one that splits into none.
    /// </summary>
    IReadOnlyList<string> CompoundParts(string word, string language) => [];
    /// <summary>The listed last part of a German compound whose head the dictionary does not know ("Backhendl" → "Hendl"), or null.</summary>
    string? CompoundTail(string word, string language) => null;

    /// <summary>
    /// The words besides <paramref name="noun"/> itself by which an article in <paramref name="passageLanguage"/> may name
    /// the same things: the dictionary's listed synonyms in the noun's own language, its translations and theirs in the
    /// other ("Wie viele Märchen …?" over "aus den fünfzig Geschichten", "How many seats …?" over "die 568 Mandate").
    /// Empty when the dictionary lists none.
    /// </summary>
    IReadOnlyList<string> OtherWordsFor(string noun, string language, string passageLanguage) => [];
}
