using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// The stamp an Austrian or German report closes a section with: its agency or author and the day it was written,
/// in parentheses ("(APA, 19.3.2016)", "(red, 16. 5. 2016)", "(Markus Bernath; 01.11.2015)", "(9.3.2016)"). It dates
/// the whole report, as a lede's year does: "Wer hat 2016 Mailand–Sanremo gewonnen?" is answered by the article
/// stamped 19.3.2016 whose sentences name no year of their own.
/// </summary>
internal static partial class DateStamp
{
    /// <summary>The years of the date stamps in <paramref name="text"/>.</summary>
    public static IEnumerable<string> Years(string text) => Stamp().Matches(text).Select(m => m.Groups["year"].Value);

    /// <remarks>A short signature (up to 40 characters, no parentheses) and a separator may precede the dotted date.</remarks>
    [GeneratedRegex(@"\((?:[^()]{1,40}[,;]\s*)?\d{1,2}\.\s?\d{1,2}\.\s?(?<year>1[5-9]\d{2}|20\d{2})\)")]
    private static partial Regex Stamp();
}
