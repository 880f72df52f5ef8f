using System.Collections.Frozen;

namespace Briefing.Core.Text;

/// <summary>
/// The months of German and English, written out and shortened, lower case: one list for the sentence splitter (an
/// ordinal before a month, "15. Juli"; a day after an English month, "November 28.") and the date words of answers.
/// </summary>
internal static class MonthNames
{
    /// <summary>German month names, with the Austrian "Jänner".</summary>
    public static readonly string[] German =
    [
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "dezember",
    ];

    /// <summary>English month names.</summary>
    public static readonly string[] English =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ];

    /// <summary>German short forms ("Okt.", "Dez."); "Mai" has none.</summary>
    public static readonly string[] GermanShort = ["jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez"];

    /// <summary>English short forms ("Oct.", "Dec."); "May", "June" and "July" are mostly written out.</summary>
    public static readonly string[] EnglishShort = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

    private static readonly FrozenSet<string> Written = FrozenSet.ToFrozenSet([.. German, .. English], StringComparer.OrdinalIgnoreCase);

    /// <summary>A month's name written out, German or English, in any case ("Juni", "february"); no short form.</summary>
    public static bool IsWrittenOut(string word) => Written.Contains(word);

    /// <summary>
    /// The month's number (1–12) of a name written out in either language, 0 for any other word: "März" and "March" are
    /// one month, so a question in one language and an article in the other name the same month.
    /// </summary>
    public static int Number(string word)
    {
        var lower = word.ToLowerInvariant();
        var english = Array.IndexOf(English, lower);
        if (english >= 0) return english + 1;
        // German lists "jänner" beside "januar": both are January, and every later month stands one place on.
        var german = Array.IndexOf(German, lower);
        return german < 0 ? 0 : Math.Max(german, 1);
    }
}
