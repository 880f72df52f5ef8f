using Briefing.Core.Text;
using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>
/// A question's name of several words ("Tour de France", "Super Bowl", "James Webb Space Telescope"). Its words
/// scattered over an article ("James" in one paragraph, "Webb" in another, "Space" in a third) name something
/// else: an article shows the name only when the words stand together, in the question's language (a translated
/// name may be written otherwise, so across languages the words alone are checked).
/// </summary>
internal sealed class NamePhrase
{
    private readonly IReadOnlyList<string> _terms;

    private NamePhrase(string surface, IReadOnlyList<string> terms)
    {
        Surface = surface;
        _terms = terms;
    }

    public string Surface { get; }

    /// <summary>The question's names of two or more words (consecutive name words, particles between them allowed).</summary>
    public static IEnumerable<NamePhrase> In(string question, string language, NameDetector names, ITermStatistics statistics)
    {
        foreach (var span in NameSpans.In(question, language, names))
        {
            if (span.Words.Count < 2) continue;
            var start = span.Start;
            if (language == "en")
            {
                // "South African Carmen": the name is "Carmen"; the adjectives before it describe it.
                var adjectives = span.Words.Take(span.Words.Count - 1).ToList().FindLastIndex(w => NameSpans.IsPeoplesAdjective(w, names));
                if (adjectives >= 0 && span.Words.Count - adjectives - 1 < 2) continue;
                if (adjectives >= 0) start = question.IndexOf(span.Words[adjectives + 1], start + 1, StringComparison.Ordinal);
            }
            else
            {
                // "den Schweden Larsson", "der Österreicher Dominic Thiem": a people or a country before a name says
                // where someone is from (the article writes "der schwedische Stürmer Henrik Larsson"); the name follows.
                var places = span.Words.Take(span.Words.Count - 1).TakeWhile(w => names.IsPlaceName(w, language)).Count();
                if (places > 0 && span.Words.Count - places < 2) continue;
                if (places > 0) start = question.IndexOf(span.Words[places], start + 1, StringComparison.Ordinal);
            }
            var surface = question[start..span.End];
            var terms = statistics.AnalyzeTerms(surface, language);
            if (terms.Count >= 2) yield return new NamePhrase(surface, terms);
        }
    }

    /// <summary>Whether the name's analysed terms stand next to each other in <paramref name="text"/>.</summary>
    /// <param name="misspelt">The name has a word no article writes: a text's word one letter apart stands for it (<see cref="NameSpelling"/>).</param>
    public bool IsIn(string text, string language, ITermStatistics statistics, bool misspelt = false)
    {
        var sequence = statistics.AnalyzeTerms(text, language);
        for (var i = 0; i + _terms.Count <= sequence.Count; i++)
        {
            var all = true;
            for (var j = 0; j < _terms.Count && all; j++)
                all = string.Equals(sequence[i + j], _terms[j], StringComparison.Ordinal)
                      || (misspelt && _terms[j].Length >= NameSpelling.MinLength && NameSpelling.OneEditApart(sequence[i + j], _terms[j]));
            if (all) return true;
        }
        return false;
    }
}
