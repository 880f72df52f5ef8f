using Lucene.Net.Analysis;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// One analyzer per indexed language (German: light stemming, umlaut folding and verb forms' infinitives; English: Porter stemming),
/// wrapped per field so that "body_de" is always analysed as German and "body_en" as English.
/// </summary>
internal sealed class LanguageAnalyzers : IDisposable
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    public static readonly string[] Languages = ["de", "en"];

    private readonly Analyzer _german = new GermanVerbAnalyzer(Version);
    private readonly Analyzer _english = new EnglishAnalyzer(Version);

    public LanguageAnalyzers()
    {
        var perField = new Dictionary<string, Analyzer>();
        foreach (var language in Languages)
        {
            perField[LuceneFields.Body(language)] = For(language);
            perField[LuceneFields.TitleText(language)] = For(language);
        }
        PerField = new PerFieldAnalyzerWrapper(_english, perField);
    }

    /// <summary>The analyzer for writing documents: picks by field name.</summary>
    public Analyzer PerField { get; }

    /// <summary>Indexed languages are "de" and "en"; anything else is analysed as English (the closest generic choice).</summary>
    public static string Normalize(string? language) => language is "de" ? "de" : "en";

    public Analyzer For(string language) => Normalize(language) == "de" ? _german : _english;

    /// <summary>The terms <paramref name="text"/> turns into in <paramref name="language"/>'s body field, in order.</summary>
    public IReadOnlyList<string> Analyze(string text, string language)
    {
        // Sized for the text (a term per some six characters): passages' sentences are analysed by the thousand, and a
        // list grown by doubling allocated about twice what it kept.
        var terms = new List<string>(text.Length / 6 + 1);
        using var stream = For(language).GetTokenStream(LuceneFields.Body(language), new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    /// <summary><see cref="Analyze"/> grouped by position: a word's term, then the terms added at its place (a verb form's infinitive).</summary>
    public IReadOnlyList<IReadOnlyList<string>> AnalyzeGroups(string text, string language)
    {
        var groups = new List<List<string>>();
        using var stream = For(language).GetTokenStream(LuceneFields.Body(language), new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement == 0 && groups.Count > 0) groups[^1].Add(term.ToString());
            else groups.Add([term.ToString()]);
        }
        stream.End();
        return groups;
    }

    public void Dispose()
    {
        PerField.Dispose();
        _german.Dispose();
        _english.Dispose();
    }
}
