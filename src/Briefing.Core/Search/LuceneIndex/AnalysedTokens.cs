using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// A text analysed once, kept as what indexing reads of each token (term, position increment, offsets) and of the
/// stream's end (final increment and offset), and replayed as often as the same text is indexed. An article's title
/// is indexed on each of its passages (ranking counts it per passage), and the German chain with its verb forms ran
/// again for every one of them on the ingest's index thread (issue 13: ~4.6 passages per article). Indexing a replay
/// is indexing the analyser's own stream: the same terms at the same positions, the same length for the norms.
/// </summary>
internal sealed class AnalysedTokens
{
    private readonly (string Term, int Increment, int Start, int End)[] _tokens;
    private readonly int _finalIncrement;
    private readonly int _finalOffset;

    private AnalysedTokens((string, int, int, int)[] tokens, int finalIncrement, int finalOffset)
    {
        _tokens = tokens;
        _finalIncrement = finalIncrement;
        _finalOffset = finalOffset;
    }

    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> as indexing <paramref name="field"/> would.</summary>
    public static AnalysedTokens Of(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        // Through a reader, as a field with a string value is analysed (the string overload reads an empty text as null).
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
        stream.End();
        return new AnalysedTokens(tokens.ToArray(), increment.PositionIncrement, offset.EndOffset);
    }

    /// <summary>A fresh stream over the kept tokens: one per indexed field value (a stream is consumed once).</summary>
    public TokenStream Replay() => new ReplayStream { Source = this };

    /// <summary>
    /// A stream that replays whichever tokens it is given (<see cref="Source"/>), from the start at each reset: one
    /// stream serves every document a writer makes, instead of new attributes (made by reflection) per document.
    /// </summary>
    internal sealed class ReplayStream : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private readonly IOffsetAttribute _offset;
        private int _next;

        public ReplayStream()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public AnalysedTokens Source { get; set; } = Empty;

        public override bool IncrementToken()
        {
            if (_next >= Source._tokens.Length) return false;
            ClearAttributes();
            var (term, increment, start, end) = Source._tokens[_next++];
            _term.SetEmpty().Append(term);
            _increment.PositionIncrement = increment;
            _offset.SetOffset(start, end);
            return true;
        }

        public override void End()
        {
            base.End();
            _increment.PositionIncrement = Source._finalIncrement;
            _offset.SetOffset(Source._finalOffset, Source._finalOffset);
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }

    /// <summary>No tokens (what a replay stream holds between articles).</summary>
    internal static readonly AnalysedTokens Empty = new([], 0, 0);
}
