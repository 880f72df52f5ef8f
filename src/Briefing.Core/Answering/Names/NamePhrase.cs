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
    private readonly string _language;
    private readonly Dictionary<string, IReadOnlyList<string>> _termsIn = new(StringComparer.Ordinal);

    private NamePhrase(string surface, IReadOnlyList<string> terms, string language)
    {
        Surface = surface;
        _terms = terms;
        _language = language;
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
                // "Warum wollte die KPÖ Bettina Vollath nicht wählen?": German sets the subject beside the object, so an
                // acronym before a name of two words is who acts on the person, not part of the name ("Die KPÖ erteilte …
                // der Landtagspräsidentin Bettina Vollath eine Absage"). Before a single word it may be one ("FC Barcelona").
                while (span.Words.Count - places > 2 && NameDetector.IsAcronym(span.Words[places])) places++;
                if (places > 0) start = question.IndexOf(span.Words[places], start + 1, StringComparison.Ordinal);
            }
            // "die Hauptbesatzung von Apollo 1", "die Landedaten von Apollo 11": a compound of dictionary words before or
            // after the name is the asker's noun for what is asked about it, no word of the name (as a detail of its own
            // it counts for nothing, NameDetector.IsNameInQuestion); the article says "die Besatzung von Apollo 1".
            var end = span.End;
            var (first, last) = (span.Words.Count - span.Words.SkipWhile(w => !names.IsNameInQuestion(w, language)).Count(),
                span.Words.Count - 1 - span.Words.Reverse().TakeWhile(w => !names.IsNameInQuestion(w, language)).Count());
            if (last - first + 1 < 2) continue;
            if (first > 0) start = Math.Max(start, question.IndexOf(span.Words[first], span.Start, StringComparison.Ordinal));
            if (last < span.Words.Count - 1) end = question.LastIndexOf(span.Words[last], span.End - 1, StringComparison.Ordinal) + span.Words[last].Length;
            var surface = question[start..DesignationEnd(question, end)];
            var terms = statistics.AnalyzeTerms(surface, language);
            if (terms.Count >= 2) yield return new NamePhrase(surface, terms, language);
        }
    }

    /// <summary>
    /// "Volvo C30", "Airbus A380": the name detector reads a model's designation as its letters only, so the name
    /// ended at "C" and required "Volvo C" of the article. The digits written onto the last word are part of the
    /// name, as the analyser and the articles read it ("Vom elektrischen C30, dem bisher einzigen vollelektrischen Volvo").
    /// </summary>
    private static int DesignationEnd(string question, int end)
    {
        while (end < question.Length && char.IsDigit(question[end])) end++;
        return end;
    }

    /// <summary>The name as written otherwise ("Sofia Coppola" for the asker's genitive "Sofia Coppolas"); null when it analyses to one term.</summary>
    public static NamePhrase? Of(string surface, string language, ITermStatistics statistics) =>
        statistics.AnalyzeTerms(surface, language) is { Count: >= 2 } terms ? new NamePhrase(surface, terms, language) : null;

    /// <summary>
    /// Whether the name's analysed terms stand close together in <paramref name="text"/>: next to each other, or in any
    /// order with at most <see cref="MaxWordsBetween"/> other words among them. The asker glues words into one name that
    /// the article writes apart: "die Polizei Sam Nemati" ("Die Polizei wollte den 19-Jährigen Sam Nemati …"), "nach
    /// Hollandes Kairo-Besuch" ("Hollande bei seinem Besuch in Kairo"), "the Athens Olympics" ("the Olympics in
    /// Athens"). Words scattered over an article (a "James" here, a "Webb" in another paragraph) still name something else.
    /// </summary>
    /// <param name="misspelt">The name has a word no article writes: a text's word one letter apart stands for it (<see cref="NameSpelling"/>).</param>
    public bool IsIn(string text, string language, ITermStatistics statistics, bool misspelt = false)
    {
        var terms = TermsIn(language, statistics);
        var sequence = statistics.AnalyzeTerms(text, language);
        var span = terms.Count + MaxWordsBetween;
        for (var i = 0; i < sequence.Count; i++)
        {
            if (!terms.Any(t => Matches(sequence[i], t, misspelt))) continue;
            // The window of words from here on, read in place: this runs for every text of every article checked.
            var end = Math.Min(sequence.Count, i + span);
            if (terms.All(t => InWindow(sequence, i, end, t, misspelt))) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether an article in another language (<paramref name="articleTerms"/>, analysed in <paramref name="language"/>)
    /// shows every word of the name as the question typed it. A name written alike in both languages ("John Ray") is
    /// then checked there as in the question's language: "John" in one paragraph and "Ray" in another of a German
    /// article name someone else. A name the other language translates ("Weißes Haus") is left to its words' translations.
    /// </summary>
    public bool WordsShownAsTyped(IReadOnlySet<string> articleTerms, string language, ITermStatistics statistics) =>
        TermsIn(language, statistics) is { Count: >= 2 } terms && terms.All(articleTerms.Contains);

    private IReadOnlyList<string> TermsIn(string language, ITermStatistics statistics)
    {
        if (language == _language) return _terms;
        if (!_termsIn.TryGetValue(language, out var terms)) _termsIn[language] = terms = statistics.AnalyzeTerms(Surface, language);
        return terms;
    }

    private static bool InWindow(IReadOnlyList<string> sequence, int start, int end, string term, bool misspelt)
    {
        for (var j = start; j < end; j++)
            if (Matches(sequence[j], term, misspelt)) return true;
        return false;
    }

    /// <remarks>
    /// A word of the name may stand as its adjective or people: "Vodafone Japan" is "Vodafone's Japanese division", "North
    /// American society" is about "North America" (<see cref="DerivedNameForms"/>, as the name's single words are checked).
    /// </remarks>
    private static bool Matches(string word, string term, bool misspelt) =>
        AccentFoldedTerms.AreOne(word, term) || DerivedNameForms.AreOneNameForms(term, word)
        || (misspelt && term.Length >= NameSpelling.MinLength && NameSpelling.OneEditApart(word, term));

    /// <summary>Other words that may stand among a name's words written apart ("den 19-Jährigen", "bei seinem Besuch in").</summary>
    private const int MaxWordsBetween = 4;
}
