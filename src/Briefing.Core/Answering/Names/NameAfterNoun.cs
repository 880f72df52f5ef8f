using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// German writes a thing's own name right after the noun that says what kind of thing it is: "die Spedition
/// Alpentrans", "Polizeisprecher Konrad Wimmleitner", "der Chatbot Mica". A word there is the name of what the
/// question is about, not the asker's paraphrase of the article's words: a paraphrasing compound ("kirchliche
/// Kerndoktrinen") follows an article or an adjective, which German writes in lower case.
/// </summary>
internal static partial class NameAfterNoun
{
    /// <summary>
    /// True when <paramref name="word"/> (a match of <see cref="NameDetector.WordsOf"/> in <paramref name="question"/>)
    /// stands right after a capitalised word inside the question, one space between. The question's first word is
    /// capitalised whatever it is ("Wer", "Wann", a verb), so it marks nothing.
    /// </summary>
    public static bool Follows(string question, Match? previous, Match word)
    {
        if (previous is null || previous.Index == 0 || !char.IsUpper(previous.Value[0])) return false;
        var between = question.AsSpan(previous.Index + previous.Length, word.Index - previous.Index - previous.Length);
        if (between is not " ") return false;
        return !FunctionWords.IsFunctionWord(previous.Value) && !FunctionWords.IsQuestionWord(previous.Value);
    }

    /// <summary>
    /// The noun before the word has an article or possessive of its own: "die Spedition Alpentrans", "der
    /// Escape-Room-Anbieter Rätselwerk". There the word is the thing's name even when it reads as a compound of listed
    /// words ("Alpen" + "Trans", "Rätsel" + "Werk"); a second object German puts after a noun stands after a bare one
    /// ("Wie bekämpfen Regime Kulturimperialismus?", "den Bändern Farbe hinzufügen" has a listed word).
    /// </summary>
    public static bool FollowsArticledNoun(string question, Match previous)
    {
        // "der Europäischen Menschenrechtskonvention": German capitalises an adjective of a name; what follows it is a
        // noun of that name, not the name of the thing before it.
        if (AdjectiveEnding().IsMatch(previous.Value)) return false;
        // Back over the hyphenated parts of the noun ("Escape-Room-Anbieter") to the word before it.
        var start = previous.Index;
        while (start > 0 && (char.IsLetter(question[start - 1]) || question[start - 1] == '-')) start--;
        var before = Tokenizer.LetterRuns(question[..start]).LastOrDefault();
        return before is not null && string.IsNullOrWhiteSpace(question[(before.Index + before.Length)..start])
            && (FunctionWords.IsDefiniteArticle(before.Value) || FunctionWords.IsIndefiniteArticle(before.Value, "de")
                || FunctionWords.IsThirdPersonPossessive(before.Value, "de"));
    }

    /// <summary>
    /// "der Verteidiger Lukas Feldhofer", "der Mittelfeldspieler Dominik Wurzinger": after a person noun, a name word and
    /// the word right after it are a first name and a surname, however the surname splits into listed words ("Feld" +
    /// "Hofer"). Read as the asker's compound, it was left to the article's wording, and only the first name was
    /// required: an article on another Lukas answered when the defender had moved.
    /// </summary>
    public static bool IsSurnameAfterGivenName(string question, Match? noun, Match givenName, string language, NameDetector names) =>
        language == "de" && noun is not null && Follows(question, noun, givenName)
        && (PersonNouns.IsPersonNoun(noun.Value) || NameContext.IsPersonTitle(noun.Value))
        && names.Positions(question, language).Any(p => p.Index == givenName.Index);

    /// <summary>Endings only adjectives have, declined or not: "Europäischen", "Staatliche", "Zuständigen".</summary>
    [GeneratedRegex(@"(isch|lich|ig|bar|sam|haft)(e|en|er|es|em)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AdjectiveEnding();
}
