namespace Briefing.Core.Answering;

/// <summary>
/// How news writes a share after its figure, the one list the checks for percentages build their patterns from
/// ("3,4 Prozent", "two per cent", "0.5 percentage points"). Regex fragments for case-insensitive patterns; the
/// sign "%" each pattern places itself.
/// </summary>
internal static class PercentWords
{
    /// <summary>The word for a percentage, German and English ("Prozent", "percent", "per cent"): an alternation.</summary>
    public const string Percent = @"prozent|percent|per\s*cent";

    /// <summary>
    /// The nouns of a share, which news states as a percentage ("Marktanteil", "Anteile", "Prozentsatz", "stake",
    /// "proportion"; "share", not "share price"): an alternation of whole words.
    /// </summary>
    public const string ShareNoun = @"[\p{L}\-]*anteil(e|en|s)?|prozentsatz|percentage|share(?!\s+price)|stake|proportion";

    /// <summary>The word for a change between percentages ("Prozentpunkte", "percentage points"): an alternation.</summary>
    public const string Points = @"prozentpunkte|percentage\s+points?";
}
