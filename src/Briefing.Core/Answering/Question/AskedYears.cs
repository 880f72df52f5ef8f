using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// The years a question asks about ("Wie viel Diesel wurde 2013 verkauft?"). An article that names the year
/// somewhere does not answer for that year: "Der Dieselabsatz lag 2015 auf dem Rekordstand von 2013" beside "7,6
/// Milliarden Liter Diesel" (2015's figure). The answering sentence or the article's title must
/// say the year; otherwise the corpus has the topic only in another year and the question is abstained on.
/// </summary>
internal sealed partial class AskedYears
{
    private readonly IReadOnlyList<string> _years;

    /// <summary>The asked years written as their hundred years ("the 1700s"), by the century they name (<see cref="CenturyOfYears"/>).</summary>
    private readonly IReadOnlyDictionary<string, int> _centuries;

    private AskedYears(IReadOnlyList<string> years, IReadOnlyDictionary<string, int> centuries) => (_years, _centuries) = (years, centuries);

    public static AskedYears Of(string question)
    {
        var matches = Year().Matches(question);
        var centuries = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match year in matches)
            if (CenturyOfYears.Of(question, year) is { } century) centuries.TryAdd(year.Value, century);
        return new(matches.Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList(), centuries);
    }

    public bool Any => _years.Count > 0;

    /// <summary>The asked years, as written, for the abstention's "nothing about ...".</summary>
    public IReadOnlyList<string> AsWritten => _years;

    /// <summary>Every asked year is in sentence <paramref name="i"/> or the article's title.</summary>
    /// <remarks>A neighbour does not do: "... hoping to triple cocoa production." beside "... 600,000 tonnes by 2008." answered "in 2008?" with the first.</remarks>
    public bool AreShownNear(IReadOnlyList<string> sentences, int i, string title) =>
        _years.All(year => Says(title, year) || Says(sentences[i], year)
            || (_centuries.TryGetValue(year, out var century) && (CenturyOfYears.Says(title, century) || CenturyOfYears.Says(sentences[i], century))));

    /// <summary>
    /// Every asked year is said by a neighbour that refers to sentence <paramref name="i"/>: "… 38 Architekten … . Kein einziger
    /// wurde angenommen. Das war 1946", "… seit 2014. Damals waren …" (<see cref="YearsByReference"/>).
    /// </summary>
    public bool AreShownByReference(IReadOnlyList<string> sentences, int i) =>
        Any && YearsByReference.Referring(sentences, i).ToList() is { Count: > 0 } referring
            && _years.All(year => referring.Any(text => Says(text, year)));

    /// <summary>The asked years that <paramref name="text"/> says, as written.</summary>
    public IEnumerable<string> SaidIn(string text) => _years.Where(year => Says(text, year));

    /// <summary>
    /// The words right beside an asked year in the question: the period it names ("im August 2019", "his 2005 season",
    /// "im Jahr 1998"), which the article writes beside any year and which is no topic of its own.
    /// </summary>
    public IReadOnlySet<string> WordsBeside(string question) =>
        _years.SelectMany(year => Regex.Matches(question, $@"\p{{L}}+(?=\s+{year}\b)|(?<=\b{year}\s+)\p{{L}}+"))
            .Select(m => m.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static bool Says(string text, string year) => Places(text, year).Any();

    /// <summary>Where <paramref name="text"/> says the asked years: each asked year and the index of every place it stands.</summary>
    public IEnumerable<(string Year, int At)> PlacesIn(string text) => _years.SelectMany(year => Places(text, year).Select(at => (year, at)));

    private static IEnumerable<int> Places(string text, string year)
    {
        for (var at = text.IndexOf(year, StringComparison.Ordinal); at >= 0; at = text.IndexOf(year, at + 1, StringComparison.Ordinal))
        {
            var end = at + year.Length;
            // "2013" but not "20135" or "120130"; "2013/14" and "2013er" count.
            if ((at == 0 || !char.IsDigit(text[at - 1])) && (end == text.Length || !char.IsDigit(text[end]))) yield return at;
        }
    }

    /// <summary>
    /// The number at <paramref name="index"/> is the short end of a span of years ("16" in "2015/16", "Saison 2014/15"):
    /// a season or school year is written by its first year, and the article dates it so ("Mit 31. Dezember 2015 ...").
    /// The end is no figure of its own; the span's first year is the question's detail.
    /// </summary>
    public static bool IsSpanEnd(string text, int index) =>
        SpanStart().IsMatch(text.AsSpan(0, index)) && ShortEnd().IsMatch(text.AsSpan(index));

    /// <summary>A year as questions and articles write it: "1946", "2013/14", not "1.946" or "2000,5". The one year pattern (also read by <see cref="YearsByReference"/>).</summary>
    [GeneratedRegex(@"(?<![\d.,])(1[5-9]\d{2}|20\d{2})(?![\d.,]\d)")]
    internal static partial Regex Year();

    [GeneratedRegex(@"(?<!\d)(?:1[5-9]\d{2}|20\d{2})/$")]
    private static partial Regex SpanStart();

    [GeneratedRegex(@"^\d{2}(?!\d)")]
    private static partial Regex ShortEnd();
}
