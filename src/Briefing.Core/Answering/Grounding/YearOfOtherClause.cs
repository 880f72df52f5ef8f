using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A sentence that says the asked year may say it of another event than the one asked: "Welches Land stand im Jahr 1998
/// an der Spitze der Fifa-Weltrangliste?" over "Der Australier war im April 1999 die Nummer acht der Weltrangliste und
/// erreichte 1998 bei den US Open das Endspiel" — the ranking the question asks about is dated 1999 in its own part of the
/// sentence, and 1998 dates the final, which shows nothing of the question. The sentence states the asked fact for another
/// year; the corpus has the topic, not that year. Only the sentence's own parts are read: another chosen sentence with its
/// own year is often the same kind of fact beside it ("In the early 1970s, Trevor Martin played …"), not the asked one.
/// </summary>
/// <remarks>
/// Parts are <see cref="FigureClause.Of"/>'s (split at commas, brackets, dashes and before "and"/"und"); a part of
/// function words and years alone ("and 1999", "(in 2004)") goes on with the part before it, as a list of years or a
/// bracketed date does. Only an asked year the sentence itself says is judged: one its article's title or lede says
/// dates the whole report.
/// </remarks>
internal static class YearOfOtherClause
{
    /// <summary>
    /// True when every chosen sentence that shows an asked year and something of the question says the year only in parts
    /// that show nothing of the question, while another of its parts shows the question and says a year not asked.
    /// </summary>
    public static bool AllApart(IReadOnlyList<CandidateSentence> chosen, string question, string language, AskedYears years,
        IReadOnlyList<WeightedTerm> expansions, ITermStatistics statistics)
    {
        if (!years.Any) return false;
        var termsByLanguage = new Dictionary<string, QuestionTerms>(StringComparer.Ordinal);
        var judged = 0;
        foreach (var sentence in chosen.Where(c => c.ShowsAskedYears))
        {
            // Dated by its title or lede: the year is the report's, whatever part the sentence puts it in.
            if (years.SaidIn(sentence.Hit.Article.Title).Any() || !years.SaidIn(sentence.Text).Any()) return false;
            var passageLanguage = sentence.Hit.Passage.Language;
            if (!termsByLanguage.TryGetValue(passageLanguage, out var asked))
                termsByLanguage[passageLanguage] = asked = QuestionTerms.For(question, language, passageLanguage, expansions, statistics);
            // The years and the question's generic time words ("im Jahr 1998", "season") are what any dated part shows ("vor
            // drei Jahren"). Not the other words beside the year: "bis 2019 einsparen" is the asked act.
            var dating = statistics.AnalyzeTerms(string.Join(' ', years.AsWritten.Concat(
                Tokenizer.LetterRuns(question).Select(w => w.Value).Where(FunctionWords.IsGeneric))), passageLanguage).ToHashSet(StringComparer.Ordinal);
            bool Shows(string text) => asked.Coverage(statistics.AnalyzeTerms(text, passageLanguage).Where(t => !dating.Contains(t)).ToHashSet(StringComparer.Ordinal)) > 0;
            // Only the sentence's own parts: another chosen sentence with its own year ("In the early 1970s, Trevor Martin
            // played …" after "In the late 1980s, … a play titled …") is often the same kind of fact for another year beside it.
            if (IsApart(sentence.Text, years, Shows)) judged++;
            // "Die Liaoning … , den China 1998 der Ukraine abgekauft hatte" beside the sentence on the ranking: a sentence that
            // shows nothing of the question in any part answers nothing of it, whatever year it says (YearBesideTopic's case).
            else if (Shows(sentence.Text)) return false;
        }
        return judged > 0;
    }

    /// <summary>The sentence says every asked year it says in parts that show nothing of the question, and another of its parts shows the question with a year of its own.</summary>
    internal static bool IsApart(string sentence, AskedYears years, Func<string, bool> showsQuestion)
    {
        var parts = Parts(sentence);
        var dated = parts.Where(p => years.SaidIn(p).Any()).ToList();
        if (dated.Count == 0 || dated.Any(showsQuestion)) return false;
        return parts.Where(p => !years.SaidIn(p).Any()).Any(p => AskedYears.Of(p).Any && showsQuestion(p));
    }

    private static bool OnlyFunctionWords(string text) => Tokenizer.LetterRuns(text).All(w => FunctionWords.IsFunctionWord(w.Value));

    /// <summary>The sentence's parts as text, a part of function words and years joined to the one before it (the first to the one after it).</summary>
    internal static IReadOnlyList<string> Parts(string sentence)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var part in FigureClause.Of(sentence))
        {
            if (spans.Count > 0 && OnlyFunctionWords(sentence[part.Start..part.End]))
                spans[^1] = (spans[^1].Start, part.End);
            // "In the late 1980s, Jon Pertwee … played …": a fronted date goes on with the clause it dates.
            else if (spans.Count == 1 && OnlyFunctionWords(sentence[spans[0].Start..spans[0].End]))
                spans[0] = (spans[0].Start, part.End);
            else spans.Add((part.Start, part.End));
        }
        return spans.Select(s => sentence[s.Start..s.End]).ToList();
    }
}
