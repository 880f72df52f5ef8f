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

    /// <summary>The question names a person by a noun or title ("boss", "Dirigentin", "Mr").</summary>
    private static bool AsksAboutAPerson(string question) =>
        Tokenizer.LetterRuns(question).Any(w => PersonNouns.IsPersonNoun(w.Value) || NameContext.IsPersonTitle(w.Value));

    /// <summary>
    /// Whether every age <paramref name="text"/> states is written onto a name <paramref name="isAskedName"/> does not take:
    /// "Wie alt ist Jonas E., der Cousin …?" is not answered by "Der 23-jährige Hasan E. von der Nationalgarde". An age
    /// with no name right after it ("the 30-year-old told the paper", "Mr Bell, who joined as a 15-year-old") may be the asked one's.
    /// </summary>
    /// <param name="names">The names of <paramref name="text"/> with where they start.</param>
    public static bool IsOnlyOthersAge(string text, IReadOnlyList<(int Index, string Word)> names, Func<string, bool> isAskedName)
    {
        var ages = AgeStated().Matches(text);
        if (ages.Count == 0) return false;
        foreach (Match age in ages)
        {
            // Past the rest of the age's word ("23-jährig|e") to the word after it.
            var next = AfterAgeWord().Match(text, age.Index + age.Length);
            var after = age.Index + age.Length + next.Length;
            if (!names.Any(n => n.Index == after && !isAskedName(n.Word))) return false;
        }
        return true;
    }

    [GeneratedRegex(@"\G\p{L}*\s+")]
    private static partial Regex AfterAgeWord();

    /// <summary>
    /// Whether the figure from <paramref name="start"/> to <paramref name="end"/> of <paramref name="text"/> is an age:
    /// "seeking people aged 18 to 99", "at the age of 85", "im Alter von 56 Jahren", "the 22-year-old", "der 23-Jährige".
    /// An age counts nobody: "How many people turned up to the casting?" is not answered by the ages it was open to.
    /// </summary>
    public static bool IsAgeAt(string text, int start, int end) =>
        AgeBefore().IsMatch(text[Math.Max(0, start - AgeCueLength)..start]) || AgeAfter().IsMatch(text[NumberTokens.EndOfRange(text, end)..]);

    /// <summary>Characters before a figure where its age cue stands: "at the age of ", "aged 18 to ".</summary>
    private const int AgeCueLength = 24;

    [GeneratedRegex(@"\b(aged|ages|age\s+of|alter\s+von)\s+((between|zwischen)\s+)?(\d{1,3}\s*(to|and|-|–|bis|und)\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgeBefore();

    [GeneratedRegex(@"^[\s-]*((years?|yrs?)[\s-]+old\b|jährig)", RegexOptions.IgnoreCase)]
    private static partial Regex AgeAfter();

    [GeneratedRegex(@"\byears?\s+ago\b|\bvor\s+(\S+\s+){1,3}jahren\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    [GeneratedRegex(@"\b(1\d{3}|20\d{2})\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(century|centuries|jahrhundert\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Century();

    [GeneratedRegex(@"\b(how\s+old|at\s+what\s+age|wie\s+alt|in\s+welchem\s+alter|mit\s+wie\s+vielen\s+jahren)\b", RegexOptions.IgnoreCase)]
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
