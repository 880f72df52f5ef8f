using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Briefing.Core.Text;

/// <summary>
/// Runs one word through a chain of the search index's own Lucene filters: folding (lower case, German
/// normalisation as in the German index — ä→a, ae→a, ß→ss — and remaining accents stripped), or a language's
/// stemmer (German light stemming after <see cref="GermanErGenitiveFilter"/>, English possessive + Porter, as the
/// index). Lucene reuses the chain per thread.
/// </summary>
internal sealed class LuceneWordAnalyzer : Analyzer
{
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly Func<TokenStream, TokenStream> _filters;

    private LuceneWordAnalyzer(Func<TokenStream, TokenStream> filters) => _filters = filters;

    public static LuceneWordAnalyzer Folding { get; } =
        new(source => new ASCIIFoldingFilter(new GermanNormalizationFilter(new LowerCaseFilter(Version, source))));

    public static LuceneWordAnalyzer GermanStemming { get; } = new(source => new GermanLightStemFilter(new GermanErGenitiveFilter(source)));

    public static LuceneWordAnalyzer EnglishStemming { get; } =
        new(source => new PorterStemFilter(new EnglishPossessiveFilter(Version, source)));

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new KeywordTokenizer(reader);
        return new TokenStreamComponents(source, _filters(source));
    }

    /// <summary>The word after the chain (the word itself when the chain yields nothing).</summary>
    public string Apply(string word)
    {
        using var stream = GetTokenStream("word", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var result = stream.IncrementToken() ? term.ToString() : word;
        stream.End();
        return result;
    }
}
