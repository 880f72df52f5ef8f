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
internal static partial class YearOfOtherClause
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
            double Coverage(string text) => asked.Coverage(statistics.AnalyzeTerms(text, passageLanguage).Where(t => !dating.Contains(t)).ToHashSet(StringComparer.Ordinal));
            bool Shows(string text) => Coverage(text) > 0;
            // Only the sentence's own parts: another chosen sentence with its own year ("In the early 1970s, Trevor Martin
            // played …" after "In the late 1980s, … a play titled …") is often the same kind of fact for another year beside it.
            if (IsApart(sentence.Text, years, Coverage)) judged++;
            // "Die Liaoning … , den China 1998 der Ukraine abgekauft hatte" beside the sentence on the ranking: a sentence that
            // shows nothing of the question in any part answers nothing of it, whatever year it says (YearBesideTopic's case).
            else if (Shows(sentence.Text)) return false;
        }
        return judged > 0;
    }

    /// <summary>
    /// The sentence says every asked year it says in parts that show nothing of the question, and another of its parts shows
    /// the question with a year of its own (not a year it compares with: "up from $66m … in 2003"). An asked year in a list
    /// of years ("won the World Cup in 1991 and 1999") dates what the list's part says: when that part shows nothing of the
    /// question, a part coordinated with it that shows the question is apart from the year, though it has no year of its
    /// own ("She was twice Fifa women's player of the year and won the World Cup in 1991 and 1999").
    /// </summary>
    internal static bool IsApart(string sentence, AskedYears years, Func<string, double> coverage)
    {
        var parts = Parts(sentence);
        var dated = parts.Where(p => years.SaidIn(p).Any()).ToList();
        if (dated.Count == 0) return false;
        var undated = parts.Where(p => !years.SaidIn(p).Any()).ToList();
        var datedShown = dated.Max(coverage);
        // The listed part must show nothing of the question, as any dated part must ("… from virus, spam and spyware attacks
        // rose by 11.2% each year between 2002 and 2004" shows "spyware"), and the part that shows it must be coordinated with
        // it, not a piece of a list of names split at its commas ("In the Netherlands, Greece and Portugal, growth slowed …").
        if (dated.Any(p => years.SaidIn(p).Any(year => YearUses.InList(p, year))))
            return datedShown <= 0 && undated.Any(p => coverage(p) > 0 && (OpensCoordinated(p) || dated.Any(OpensCoordinated)));
        return datedShown <= 0 && undated.Any(p => YearUses.DatesItsOwn(p) && coverage(p) > 0);
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
        // "… in the 2002 and 2003 London races as well as in November's New York City marathon": "as well as" joins another
        // thing as "and" does, and FigureClause keeps "and" after a year ("1991 and 1999") in one part.
        return spans.SelectMany(s => AlsoJoined().Split(sentence[s.Start..s.End])).Where(p => p.Length > 0).ToList();
    }

    /// <summary>The part opens with "and", "or" or "as well as" (<see cref="FigureClause.OpensCoordinated"/>).</summary>
    private static bool OpensCoordinated(string part) => FigureClause.OpensCoordinated(part) || OpensAlso().IsMatch(part);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:as\s+well\s+as|sowie)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OpensAlso();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\S)\s(?=(?:as\s+well\s+as|sowie)\s)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AlsoJoined();
}
