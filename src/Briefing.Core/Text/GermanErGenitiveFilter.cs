using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Briefing.Core.Text;

/// <summary>
/// Drops the genitive s of a German -er noun ("Herstellers" → "herstellers" → "hersteller") before Lucene's light
/// stemmer, which cuts a final s only after certain consonants, never after r: it kept "herstellers" whole while it cut
/// the article's "Hersteller" to "herstell", so "des Trainers", "des Betreibers", "des Herstellers" never matched the
/// noun as the articles write it — in retrieval, in coverage and in the topic check alike.
/// </summary>
/// <remarks>
/// Words shorter than <see cref="MinLength"/> are left alone: "Vers", "Ers" are no genitives of -er nouns. Words that end
/// in -ers otherwise ("anders", "besonders") end up with the stem their -er/-ere forms have, which the stop words or
/// the matching forms ("andere") already share.
/// </remarks>
internal sealed class GermanErGenitiveFilter : TokenFilter
{
    /// <summary>"vaters" is the shortest genitive of an -er noun.</summary>
    private const int MinLength = 6;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public GermanErGenitiveFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var length = _term.Length;
        if (!_keyword.IsKeyword && length >= MinLength && _term[length - 1] == 's' && _term[length - 2] == 'r' && _term[length - 3] == 'e')
            _term.Length = length - 1;
        return true;
    }
}
