using Briefing.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// Lucene's German analysis (standard tokens, lower case, German stop words, normalisation, light stemming after
/// <see cref="GermanErGenitiveFilter"/>) with verb forms' infinitives added before the stop words go
/// (<see cref="GermanVerbFilter"/>). The filter needs the text itself (case, punctuation), so the analyzer keeps each
/// text it reads for the thread that analyses it.
/// </summary>
internal sealed class GermanVerbAnalyzer(LuceneVersion version) : Analyzer
{
    private readonly ThreadLocal<string> _text = new(() => "");

    protected override TextReader InitReader(string fieldName, TextReader reader)
    {
        // Passages are short; reading them whole costs a copy the tokenizer's buffer would make anyway.
        var text = reader.ReadToEnd();
        _text.Value = text;
        return new StringReader(text);
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(version, reader);
        TokenStream result = new StandardFilter(version, source);
        result = new LowerCaseFilter(version, result);
        result = new GermanVerbFilter(result, () => _text.Value!);
        result = new StopFilter(version, result, GermanAnalyzer.DefaultStopSet);
        result = new GermanNormalizationFilter(result);
        result = new GermanLightStemFilter(new GermanErGenitiveFilter(result));
        return new TokenStreamComponents(source, result);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _text.Dispose();
        base.Dispose(disposing);
    }
}
