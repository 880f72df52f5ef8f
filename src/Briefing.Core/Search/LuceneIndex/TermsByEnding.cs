using Lucene.Net.Index;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// One field's terms sorted by their reversed spelling, so the terms that end alike stand together: the compounds a
/// German word closes ("kust" → "atlantikkust", "ostkust"), which the term dictionary, sorted by beginnings, scatters.
/// Read once per index reader, when first asked.
/// </summary>
internal sealed class TermsByEnding
{
    /// <summary>A compound's head is a word of its own: at least as long as the compound splitter's parts.</summary>
    internal const int MinHead = 4;
    private readonly string[] _reversed;

    private TermsByEnding(string[] reversed) => _reversed = reversed;

    public static TermsByEnding Read(IndexReader reader, string field)
    {
        var reversed = new List<string>();
        var terms = MultiFields.GetTerms(reader, field)?.GetEnumerator();
        while (terms is not null && terms.MoveNext())
        {
            var term = terms.Term.Utf8ToString();
            if (term.All(char.IsLetter)) reversed.Add(Reverse(term));
        }
        reversed.Sort(StringComparer.Ordinal);
        return new TermsByEnding([.. reversed]);
    }

    /// <summary>The terms that end with <paramref name="tail"/> after a head of <see cref="MinHead"/> letters (a linking element included).</summary>
    public IEnumerable<string> CompoundsEndingWith(string tail)
    {
        var key = Reverse(tail);
        var start = Array.BinarySearch(_reversed, key, StringComparer.Ordinal);
        if (start < 0) start = ~start;
        for (var i = start; i < _reversed.Length && _reversed[i].StartsWith(key, StringComparison.Ordinal); i++)
        {
            if (_reversed[i].Length < key.Length + MinHead) continue;
            yield return Reverse(_reversed[i]);
        }
    }

    private static string Reverse(string text)
    {
        var letters = text.ToCharArray();
        Array.Reverse(letters);
        return new string(letters);
    }
}
