namespace Briefing.Core.Text;

/// <summary>
/// A figure with a short unit written onto it ("4km", "200m", "$280bn", "5mio") is one term to the analyser, while the
/// question may write the unit apart ("über 4 km", "5 Mio. Euro") and so asks for the bare figure "4". The one rule,
/// for the answer's detail check and the search's filter alike, for when such a term shows the figure.
/// </summary>
public static class GluedUnits
{
    /// <summary>"bn", "m", "km", "mln": units written onto a figure are short.</summary>
    public const int MaxLength = 3;

    /// <summary>Whether the analysed <paramref name="term"/> is the analysed <paramref name="figure"/> with a short unit glued on.</summary>
    public static bool Shows(string figure, string term) =>
        term.Length > figure.Length && term.Length <= figure.Length + MaxLength && term.StartsWith(figure, StringComparison.Ordinal)
        && term.AsSpan(figure.Length).IndexOfAnyExcept(LowerLetters) < 0;

    /// <summary>A figure as analysed: digits with the separators "." and "," ("4", "2.5", "10,000").</summary>
    public static bool IsFigure(string term) =>
        term.Length > 0 && char.IsDigit(term[0]) && char.IsDigit(term[^1]) && term.All(c => char.IsDigit(c) || c == '.' || c == ',');

    /// <summary>
    /// The terms <see cref="Shows"/> accepts for <paramref name="figure"/>, as a Lucene regular expression (the figure's
    /// dots escaped): how the search's filter finds the articles that write the figure glued to its unit.
    /// </summary>
    public static string LucenePattern(string figure) => $"{figure.Replace(".", "\\.")}[a-z]{{1,{MaxLength}}}";

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");
}
