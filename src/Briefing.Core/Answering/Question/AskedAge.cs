using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "How old is the firm's boss?", "Wie alt ist die Sängerin geworden?": an age question is answered only by a sentence
/// that states someone's age ("the 56-year-old", "aged 56", "Jane Doe, 56,", "die 56-Jährige", "im Alter von 56 Jahren",
/// "mit 56 Jahren", "Jane Doe (56)"). Any other figure of the article about that person — sales, a year, a share — was
/// quoted as the age before, so a question none of whose chosen sentences states an age is abstained on.
/// </summary>
internal static partial class AskedAge
{
    /// <summary>Whether the question asks how old someone or something is (or was, or became).</summary>
    public static bool IsAsked(string question) => AgeAsked().IsMatch(question);

    /// <summary>Whether <paramref name="text"/> states an age in one of the ways news writes it.</summary>
    /// <remarks>
    /// The age of a thing ("Wie alt sind die Fossilien?", "How old is the bridge?") is also told by when it began ("vor
    /// 515 Millionen Jahren", "built in 1850"); a person's is not: the year beside a boss's name dates something else.
    /// </remarks>
    public static bool IsStatedIn(string question, string text) =>
        AgeStated().IsMatch(text) || Ago().IsMatch(text) || (!AsksAboutAPerson(question) && (Year().IsMatch(text) || Century().IsMatch(text)));

    /// <summary>
    /// Whether the figure from <paramref name="start"/> to <paramref name="end"/> of <paramref name="text"/> is someone's
    /// age: "aged 18 to 99" (both ends), "age of 56", "im Alter von 56", "died at 85", "the 23-year-old", "der 23-Jährige",
    /// "23 Jahre alt", "Mikoliunas, 20, barged", "Michael Diamond (44)" — the positions <see cref="AgeStated"/> finds in a
    /// whole text, read at one figure. An age describes a person; it counts nothing and identifies no event.
    /// </summary>
    public static bool IsAgeAt(string text, int start, int end)
    {
        var before = text.AsSpan(0, start);
        var after = text.AsSpan(end);
        return AgedBefore().IsMatch(before) || AgeWordsAfter().IsMatch(after)
               || (NameAndCommaBefore().IsMatch(before) && CommaAfter().IsMatch(after))
               || (NameAndBracketBefore().IsMatch(before) && after.StartsWith(")"))
               || IsPersonOverAge(before, after);
    }

    /// <summary>
    /// "Eine vierte Frau über 40 wurde bestraft", "women over 65", "Jugendliche unter 16": a person noun, then "over" or
    /// "under" and a figure that counts no noun after it (or years) is an age bound of the people, no count.
    /// </summary>
    private static bool IsPersonOverAge(ReadOnlySpan<char> before, ReadOnlySpan<char> after) =>
        PersonAndBoundBefore().Match(before.ToString()) is { Success: true } bound
        && (PersonNouns.IsPersonNoun(bound.Groups["noun"].Value) || SinglePerson().IsMatch(bound.Groups["noun"].Value))
        && !NounAfterBound().IsMatch(after);

    /// <summary>
    /// One person: <see cref="PersonNouns"/> holds the plurals a count is written with ("Frauen", "Männer"), but an age bound
    /// is said of one as well ("eine Frau über 40"). Kept here: as heads of compounds "Mann" would end names ("Hermann").
    /// </summary>
    [GeneratedRegex(@"^(frau|mann|kind|mädchen|junge|woman|man|child|girl|boy)$", RegexOptions.IgnoreCase)]
    private static partial Regex SinglePerson();

    [GeneratedRegex(@"\b(?<noun>\p{L}+)\s+(über|unter|ab|over|under)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PersonAndBoundBefore();

    /// <summary>"Männer über 40 Kilo": a capitalised word or an English plural after the figure is what it measures (not "Jahre", "years").</summary>
    [GeneratedRegex(@"^\s+(?![Jj]ahren?\b|years\b)(\p{Lu}|\p{Ll}+s\b)")]
    private static partial Regex NounAfterBound();

    /// <summary>"aged 18 to 99" (both ends of the range), "age of 56", "im Alter von 56", "died at 85".</summary>
    [GeneratedRegex(@"\b(aged?|age\s+of|alter\s+von|died\s+at)\s+(\d{1,3}\s*(to|and|-|–|bis|und)\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgedBefore();

    /// <summary>"23-year-old", "23 years old", "23-jährige", "23 Jahre alt".</summary>
    [GeneratedRegex(@"^([\s-]*(year|yr)s?[\s-]*old\b|-?jährig|\s+jahre\s+alt\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AgeWordsAfter();

    /// <summary>A capitalised word (a name) and a comma right before the figure: "Mikoliunas, 20,".</summary>
    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’.-]+,\s*$")]
    private static partial Regex NameAndCommaBefore();

    [GeneratedRegex(@"^\s*,")]
    private static partial Regex CommaAfter();

    /// <summary>A capitalised word (a name) and an opening bracket right before the figure: "Michael Diamond (44)".</summary>
    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’.-]+\s*\($")]
    private static partial Regex NameAndBracketBefore();

    /// <summary>The question names a person by a noun or title ("boss", "Dirigentin", "Mr").</summary>
    private static bool AsksAboutAPerson(string question) =>
        Tokenizer.LetterRuns(question).Any(w => PersonNouns.IsPersonNoun(w.Value) || NameContext.IsPersonTitle(w.Value));

    [GeneratedRegex(@"\byears?\s+ago\b|\bvor\s+(\S+\s+){1,3}jahren\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    [GeneratedRegex(@"\b(1\d{3}|20\d{2})\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(century|centuries|jahrhundert\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Century();

    /// <remarks>
    /// "Ab welchem Alter sollen Kinder … getestet werden?", "From what age …?": the age a rule starts at is an age too; read
    /// as "which Alter" the question asked for a name, and the sentence "Im Alter von 3,5 Jahren sollen Kinder …" held none.
    /// </remarks>
    [GeneratedRegex(@"\b(how\s+old|(at|from)\s+what\s+age|wie\s+alt|(in|ab|bis\s+zu)\s+welchem\s+alter|mit\s+wie\s+vielen\s+jahren)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgeAsked();

    /// <remarks>
    /// A figure in words counts too ("the seventy-year-old", "mit 71 Jahren" is in digits, "aged seventy" is not); German
    /// declines the age before a noun ("8000 Jahre alte Funde").
    /// </remarks>
    [GeneratedRegex(@"\p{L}+[\s-]+years?[\s-]+old\b|\d+[\s-]*(year|yr)s?[\s-]*old\b|\baged?\s+(of\s+)?\w+|\bage\s+of\s+\w+|,\s*\d{1,3}\s*,|\(\d{1,3}\)"
        + @"|\d+[\s-]*jährig|\p{L}+jährige?[rnms]?\b|\b\w+\s+jahre\s+alt(e[nmrs]?)?\b|\balter\s+von\s+\w+|\bmit\s+\w+\s+jahren\b|\b(in\s+(his|her)\s+(early\s+|late\s+|mid-?)?\d0s)\b"
        // "At 39, Manning became the oldest quarterback …", "…, at 23, she won": an age opening the clause.
        + @"|(^\s*|,\s*)at\s+\d{1,2}\s*,", RegexOptions.IgnoreCase)]
    private static partial Regex AgeStated();
}
