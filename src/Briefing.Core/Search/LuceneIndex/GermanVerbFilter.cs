using System.Buffers;
using Briefing.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// Adds a German verb form's infinitive at the form's position (<see cref="GermanVerbForms"/>): "gewann" also
/// indexes "gewinnen", and a particle that closes its clause makes one verb with the finite form before it, so
/// "… schlug „…“ vor." also indexes "vorschlagen" at "vor". A question's "vorschlagen" (or an English "propose"
/// translated) then matches the report that wrote it split. Only words written in lower case count: a capitalised
/// word is a noun ("Stand", not "stand"). Runs on lower-cased tokens before stop words go ("vor", "an" are stop
/// words); needs the analysed text itself (<paramref name="text"/>) to see case and clause-closing punctuation.
/// </summary>
internal sealed class GermanVerbFilter(TokenStream input, Func<string> text) : TokenFilter(input)
{
    /// <summary>Characters after a particle that close its clause: the particle was the verb's last part.</summary>
    private const string ClauseEnd = ".,;:!?)\"“”»«'’";
    /// <summary>Characters between two words that end a sentence (before white space): a particle never reaches back across them.</summary>
    private static readonly SearchValues<char> SentenceEnd = SearchValues.Create(".!?;:");
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(" \t\r\n\u00A0");

    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();
    private readonly IOffsetAttribute _offset = input.AddAttribute<IOffsetAttribute>();
    private readonly IPositionIncrementAttribute _increment = input.AddAttribute<IPositionIncrementAttribute>();
    private readonly List<(string Term, int End)> _sentence = [];
    private readonly Queue<string> _pending = new();
    private State? _state;
    private string _text = "";

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_pending.Dequeue());
            _increment.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        var start = _offset.StartOffset;
        var end = _offset.EndOffset;
        if (_sentence.Count > 0 && EndsSentence(Between(_sentence[^1].End, start))) _sentence.Clear();
        if (start < _text.Length && char.IsLower(_text[start]))
        {
            var word = _term.ToString();
            foreach (var infinitive in GermanVerbForms.InfinitivesOf(word)) _pending.Enqueue(infinitive);
            if (GermanVerbForms.IsParticle(word) && ClosesClause(end) && SeparatedVerb(word) is { } verb && !_pending.Contains(verb))
                _pending.Enqueue(verb);
            _sentence.Add((word, end));
        }
        else
        {
            _sentence.Add(("", end)); // a noun or name: no finite verb, but it keeps the sentence's extent
        }
        if (_pending.Count > 0) _state = CaptureState();
        return true;
    }

    /// <summary>The verb the particle makes with the nearest finite form before it in its sentence.</summary>
    private string? SeparatedVerb(string particle)
    {
        for (var i = _sentence.Count - 1; i >= 0; i--)
        {
            if (_sentence[i].Term.Length == 0) continue;
            if (GermanVerbForms.SeparatedInfinitive(_sentence[i].Term, particle) is { } verb) return verb;
        }
        return null;
    }

    /// <summary>Whether punctuation or the text's end follows the word ending at <paramref name="end"/>.</summary>
    private bool ClosesClause(int end)
    {
        for (var i = end; i < _text.Length; i++)
        {
            if (char.IsWhiteSpace(_text[i])) continue;
            return ClauseEnd.Contains(_text[i]);
        }
        return true;
    }

    /// <summary>
    /// Whether the text between two words ends a sentence: a mark followed by white space. Between "3" and "0" of a
    /// score "(3:0)", or in "10.30 Uhr", the mark joins the words and the sentence goes on ("zog sich … (3:0) … zu").
    /// </summary>
    private static bool EndsSentence(ReadOnlySpan<char> between)
    {
        var mark = between.IndexOfAny(SentenceEnd);
        return mark >= 0 && between[mark..].ContainsAny(WhiteSpace);
    }

    private ReadOnlySpan<char> Between(int from, int to) =>
        from >= 0 && to <= _text.Length && from <= to ? _text.AsSpan(from, to - from) : [];

    public override void Reset()
    {
        base.Reset();
        _text = text();
        _sentence.Clear();
        _pending.Clear();
        _state = null;
    }
}
