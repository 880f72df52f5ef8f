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
}
