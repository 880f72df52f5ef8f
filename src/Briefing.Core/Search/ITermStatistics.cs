namespace Briefing.Core.Search;

/// <summary>
/// The index's own view of words: how a text is analysed (stemming, folding, stop words) and how rare a term is.
/// Answer generators use it to score sentences with exactly the terms retrieval matched on.
/// </summary>
public interface ITermStatistics
{
    /// <summary>The analysed terms of <paramref name="text"/> as the index sees them in <paramref name="language"/>.</summary>
    IReadOnlyList<string> AnalyzeTerms(string text, string language);

    /// <summary>
    /// <see cref="AnalyzeTerms"/> grouped by position: each word's term first, then the terms the index also holds
    /// for it (a German verb form's infinitive: "gewann" → gewann, gewinn), which show the same word.
    /// </summary>
    /// <remarks>The default suits stand-ins without such terms: one group per term.</remarks>
    IReadOnlyList<IReadOnlyList<string>> AnalyzeTermGroups(string text, string language) =>
        AnalyzeTerms(text, language).Select(t => (IReadOnlyList<string>)[t]).ToList();

    /// <summary>BM25 inverse document frequency of an analysed term among passages of <paramref name="language"/>.</summary>
    double InverseDocumentFrequency(string term, string language);

    /// <summary>How many passages of <paramref name="language"/> contain the analysed <paramref name="term"/>.</summary>
    /// <remarks>The default suits stand-ins that know no counts: every term is taken to occur.</remarks>
    int DocumentFrequency(string term, string language) => 1;

    /// <summary>
    /// Whether passages of <paramref name="language"/> hold a longer term that begins with the analysed
    /// <paramref name="term"/> (a German compound: "lohn" in "lohnerhohung"), whether or not they hold the term alone.
    /// </summary>
    /// <remarks>The default suits stand-ins that know no vocabulary: the term itself occurs.</remarks>
    bool BeginsCompound(string term, string language) => DocumentFrequency(term, language) > 0;

    /// <summary>
    /// The longer terms of passages of <paramref name="language"/> that end with the analysed <paramref name="term"/> after a
    /// head of their own (German compounds: "kust" in "atlantikkust", "ausbruch" in "pestausbruch"), at most
    /// <paramref name="max"/>, the commonest first.
    /// </summary>
    /// <remarks>The default suits stand-ins that know no vocabulary: none.</remarks>
    IReadOnlyList<string> CompoundsEndingWith(string term, string language, int max) => [];

    /// <summary>
    /// Like <see cref="CompoundsEndingWith(string, string, int)"/>, but among all such compounds, not only the commonest:
    /// those whose head (the part before <paramref name="term"/>) <paramref name="headFits"/>, the commonest first. A rare
    /// compound ("glasfasernetz") is exactly the one a modifier asks for, and the commonest dozens ("stromnetz") left it out.
    /// </summary>
    IReadOnlyList<string> CompoundsEndingWith(string term, string language, Func<string, bool> headFits, int max) => [];

    /// <summary>How many passages of <paramref name="language"/> the index holds.</summary>
    int PassageCountIn(string language) => 1;
}
