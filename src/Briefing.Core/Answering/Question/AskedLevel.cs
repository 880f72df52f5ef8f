using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// "Auf wie viel ist der Umsatz gestiegen?", "To how much did exports rise?", "Auf welchen Wert sank ...?": the question
/// asks for the level a figure reached, which news writes after "auf" / "to" ("stieg um 12 Prozent auf 3,4 Milliarden
/// Euro", "up 35.4% to $593.4bn"). The change beside it ("um 12 Prozent", "35.4%") is another figure and no answer,
/// so only numbers after "auf" / "to" are candidates.
/// </summary>
internal static partial class AskedLevel
{
    /// <remarks>
    /// "Auf wie viel belief sich die Strafe insgesamt?", "To how much did the bill amount in total?" ask for a total, which
    /// news writes in any way ("eine Strafe über 212,40 Euro"), not for a level reached by a change (abstain's edit).
    /// With a change verb the total is that level again: "Auf wie viel sind die Exporte insgesamt gestiegen?" is answered
    /// by "up 35.4% to $593.4bn", not by the rise.
    /// </remarks>
    public static bool IsAsked(string question) =>
        LevelCue().IsMatch(question) && (!TotalCue().IsMatch(question) || ChangeVerb().IsMatch(question));

    [GeneratedRegex(@"\b(ge)?(stieg\w*|steig\w*|sank\w*|sunk\w*|sink\w*|wuchs\w*|wachs\w*|wachsen|fiel\w*|fallen|falls|erhöh\w*|senk\w*|rose|ris(e|en|es|ing)|fell|climb\w*|increas\w*|decreas\w*|grew|grow\w*|jump\w*|drop\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeVerb();

    [GeneratedRegex(@"\b(belauf\w*|belief(en)?|insgesamt|in\s+total|altogether|amount(s|ed)?\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TotalCue();

    /// <summary>
    /// Of a sentence's new figures (<paramref name="novel"/>), those that may be the level asked: the ones after "auf" /
    /// "to" (<see cref="Numbers"/>; <c>AfterCue</c> true). A sentence without one may state the level by itself ("Im
    /// dritten Quartal wurden nur mehr 857 Millionen SMS verschickt" for "Auf wie viele SMS ist der Versand
    /// geschrumpft?"); then any figure but the change ("um 12 Prozent", "by 3%") and a share, which in a sentence about a
    /// change is the change. Such figures answer only when no sentence writes a level after "auf" / "to" (the caller's).
    /// </summary>
    /// <param name="shareAsked">The level asked is itself a share (<see cref="AsksShareLevel"/>): then a percentage states it
    /// ("growth for the whole of 2004 was 1.6%": after a verb of being it is written as a level, <see cref="StatedShares"/>), and
    /// only a figure after "um" / "by" is the change.</param>
    public static (IReadOnlySet<string> Keys, bool AfterCue) Candidates(string sentence, IReadOnlySet<string> novel, bool shareAsked = false)
    {
        var levels = shareAsked ? Numbers(sentence).Union(StatedShares(sentence)).ToHashSet(StringComparer.Ordinal) : Numbers(sentence);
        if (levels.Count > 0) return (novel.Where(levels.Contains).ToHashSet(StringComparer.Ordinal), true);
        var changes = FiguresOf(shareAsked ? ChangeByNumber() : ChangeNumber(), sentence);
        return (novel.Where(k => !changes.Contains(k) && k.Any(char.IsDigit)).ToHashSet(StringComparer.Ordinal), false);
    }

    /// <summary>
    /// "Auf welchen Wert hat das Statistikamt das Wachstum korrigiert?", "Auf welchen Marktanteil ist der Browser gefallen?":
    /// the level asked is a growth, a share or a rate, which news states as a percentage, so a percentage in a sentence
    /// about it is no change but the level itself. Read on the question: a rate word (<see cref="ExpectedAnswerType.AsksForRate"/>)
    /// or a noun of growth or share.
    /// </summary>
    public static bool AsksShareLevel(string question) =>
        IsAsked(question) && (ExpectedAnswerType.AsksForRate(question) || ShareNoun().IsMatch(question));

    [GeneratedRegex(@"\b(\p{L}*wachstum|growth|" + PercentWords.ShareNoun + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareNoun();

    /// <summary>
    /// "growth for the whole of 2004 was 1.6%", "die Quote lag bei 5,7 Prozent": a share a verb of being states is the level
    /// of a share, as one after "auf" / "to" is.
    /// </summary>
    private static IReadOnlySet<string> StatedShares(string sentence) => FiguresOf(StatedShare(), sentence);

    [GeneratedRegex(@"\b(was|were|is|are|stood\s+at|stands\s+at|lag\s+bei|liegt\s+bei|betrug|beträgt)\s+((rund|etwa|knapp|around|about|nearly|almost|just)\s+)?(?<number>\d+(?:[.,]\d+)*)\s*(%|(" + PercentWords.Percent + @")\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StatedShare();

    /// <summary>A figure that is the size of a change by its preposition ("um 12 Prozent", "by 3.5%").</summary>
    [GeneratedRegex(ByFigure, RegexOptions.IgnoreCase)]
    private static partial Regex ChangeByNumber();

    /// <summary>A figure that is the size of a change ("um 12 Prozent", "by 3.5%") or a share ("40 Prozent", "5.1%").</summary>
    [GeneratedRegex(ByFigure + @"|(?<number>\d+(?:[.,]\d+)*)\s*(%|(" + PercentWords.Percent + "|" + PercentWords.Points + @")\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeNumber();

    private const string ByFigure = @"\b(um|by)\s+((rund|etwa|knapp|über|mehr\s+als|fast|around|about|nearly|almost|more\s+than|over)\s+)?(" + CurrencyWords.Sign + @"\s*)?(?<number>\d+(?:[.,]\d+)*)";

    /// <summary>The normalised numbers of <paramref name="sentence"/> that follow "auf" / "to" (with a currency or "rund" between).</summary>
    public static IReadOnlySet<string> Numbers(string sentence) => FiguresOf(LevelNumber(), sentence);

    /// <summary>The normalised figures a pattern's "number" group takes in <paramref name="sentence"/> (a sentence's closing mark trimmed).</summary>
    private static IReadOnlySet<string> FiguresOf(Regex pattern, string sentence) =>
        pattern.Matches(sentence).Select(m => NumberTokens.Normalize(m.Groups["number"].Value.TrimEnd('.', ','))).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(auf\s+(wie\s*viele?|welchen\s+\p{L}*(wert|stand|betrag|anteil)|welche\s+(höhe|summe|zahl|\p{L}*quote))|to\s+(how\s+(much|many|high)|what\s+(level|figure|amount|total)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex LevelCue();

    /// <remarks>"poverty could fall as low as 15.3%": a bound reached is a level as "auf" / "to" writes it.</remarks>
    [GeneratedRegex(@"\b(auf|to|as\s+(low|high)\s+as)\s+((rund|etwa|knapp|über|mehr\s+als|fast|nunmehr|insgesamt|around|about|nearly|almost|more\s+than|over|a\s+record|record|an\s+estimated)\s+)?(" + CurrencyWords.Sign + @"\s*)?(?<number>\d+(?:[.,]\d+)*)", RegexOptions.IgnoreCase)]
    private static partial Regex LevelNumber();
}
