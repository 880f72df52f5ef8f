using System.Text.RegularExpressions;

namespace Briefing.Core.Text;

/// <summary>
/// A year written inside a dotted date ("(APA, 19.3.2016)", "am 1.10.2015") is one term to the analyser
/// ("19.3.2016"), while the question asks for the bare year ("2016"). The one rule, for the answer's detail check and
/// the search's filter alike, for when such a term shows the year: an ISO date ("2016-03-19") the analyser already
/// splits into its numbers.
/// </summary>
public static partial class YearsInDates
{
    /// <summary>Whether the analysed <paramref name="term"/> is a day.month.year date whose year is <paramref name="year"/>.</summary>
    public static bool Shows(string year, string term) =>
        term.Length > year.Length && IsYear(year) && term.EndsWith(year, StringComparison.Ordinal) && DottedDate().IsMatch(term);

    /// <summary>A year as the question writes it: four digits from 1500 to 2099 (as <c>AskedYears</c> reads them).</summary>
    public static bool IsYear(string figure) => Year().IsMatch(figure);

    /// <summary>The terms <see cref="Shows"/> accepts for <paramref name="year"/>, as a Lucene regular expression.</summary>
    public static string LucenePattern(string year) => $"[0-9]{{1,2}}\\.[0-9]{{1,2}}\\.{year}";

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.\d{4}$")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"^(?:1[5-9]\d{2}|20\d{2})$")]
    private static partial Regex Year();
}
