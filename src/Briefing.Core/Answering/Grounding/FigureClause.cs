using System.Text.RegularExpressions;
using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A figure answers for the subject of its own clause. "Wie hoch war die Gage von Don Cheadle …?" over "The film, which
/// scored Oscar nominations for Don Cheadle …, made £507,596 in its first week": the question's name stands in the
/// relative clause, the sum in the main clause, whose subject is the film. News writes one subject's figure beside another
/// subject ("X earned $5m, while Y …", "das Flüchtlingsprojekt, das … 40.000 Euro lukrierte"); a sentence shows the
/// question, but its figure is not said of what the question asks when the figure's clause shows nothing of the question.
/// </summary>
/// <remarks>
/// A figure's clause: a subordinate clause (opened by a relative pronoun or a subordinating word) with the words right
/// before it, which name what it is said of ("das Flüchtlingsprojekt, das …"); else the main clause, every part of its
/// stretch up to a semicolon that no subordinating word opens (an inserted relative clause splits the main clause in two).
/// Only sentences that show the question in another clause are judged: one that shows nothing of it is no such case.
/// </remarks>
internal static partial class FigureClause
{
    /// <summary>
    /// True when a chosen sentence gives a new figure of the kind <paramref name="judged"/> accepts, and every such figure of
    /// every chosen sentence stands in a clause that shows nothing of the question while another clause of its sentence does.
    /// </summary>
    public static bool AllApart(IReadOnlyList<CandidateSentence> chosen, string question, string language, Func<CandidateSentence, LocatedFigure, bool> judged,
        IReadOnlyList<WeightedTerm> expansions, ITermStatistics statistics)
    {
        var termsByLanguage = new Dictionary<string, QuestionTerms>(StringComparer.Ordinal);
        var apart = false;
        foreach (var sentence in chosen)
        {
            var figures = NumberTokens.Figures(sentence.Text)
                .Where(f => sentence.Novel.Contains(f.Key) && !AskedAmount.IsYearLike(f.Key) && judged(sentence, f)).ToList();
            if (figures.Count == 0) continue;
            var passageLanguage = sentence.Hit.Passage.Language;
            if (!termsByLanguage.TryGetValue(passageLanguage, out var asked))
                termsByLanguage[passageLanguage] = asked = QuestionTerms.For(question, language, passageLanguage, expansions, statistics);
            bool Shows(string text) => asked.Coverage(statistics.AnalyzeTerms(text, passageLanguage).ToHashSet(StringComparer.Ordinal)) > 0;
            if (!Shows(sentence.Text)) return false;
            var clauses = Of(sentence.Text);
            foreach (var figure in figures)
            {
                var index = IndexAt(clauses, figure.Start);
                // The figure's clause shows the question: this sentence may give the asked figure.
                if (index < 0 || Shows(ClauseText(sentence.Text, clauses, index))) return false;
                // The sentence shows the question in no clause but the figure's (it is one clause): not judged.
                if (!Shows(Join(sentence.Text, clauses.Except(ClauseParts(clauses, index))))) return false;
            }
            apart = true;
        }
        return apart;
    }

    /// <summary>A part of a sentence between clause breaks, and whether a subordinating word opens it.</summary>
    internal readonly record struct Part(int Start, int End, int Stretch, bool Subordinate);

    /// <summary>The sentence's parts in order: split at commas, brackets, colons, dashes and before a coordinating word, in stretches between semicolons.</summary>
    internal static IReadOnlyList<Part> Of(string sentence)
    {
        var parts = new List<Part>();
        var stretch = 0;
        var start = 0;
        var previousSubordinate = false;
        foreach (var brk in PartBreak().Matches(sentence).Cast<Match?>().Append(null))
        {
            var end = brk?.Index ?? sentence.Length;
            var text = sentence[start..end];
            if (text.Trim().Length > 0)
            {
                var opening = text.TrimStart();
                // "… for Don Cheadle and British actress Sophie Okonedo": a part joined by "and" goes on with the clause before it.
                // "Der grüne Präsidentschaftskandidat … kann dem Vorschlag etwas abgewinnen, setzt die Grenze höher an – bei 2,5
                // Millionen Euro": a relative pronoun refers back to a noun before it, so a d-word opening the sentence is its
                // article; only a conjunction ("While …", "Während …") makes the opening part subordinate.
                var subordinate = (parts.Count == 0 ? SubordinatingConjunction() : Subordinating()).IsMatch(opening)
                                  || (Coordinating().IsMatch(opening) && previousSubordinate);
                parts.Add(new Part(start, end, stretch, subordinate));
                previousSubordinate = subordinate;
            }
            if (brk is null) break;
            if (brk.Value.Contains(';')) { stretch++; previousSubordinate = false; }
            start = brk.Index + brk.Length;
        }
        return parts;
    }

    /// <summary>The index of the part the figure at <paramref name="at"/> stands in, or -1.</summary>
    private static int IndexAt(IReadOnlyList<Part> parts, int at)
    {
        for (var i = 0; i < parts.Count; i++)
            if (at >= parts[i].Start && at < parts[i].End) return i;
        return -1;
    }

    /// <summary>
    /// The parts of the clause of the part at <paramref name="index"/> (<see cref="FigureClause"/>'s remarks): a subordinate
    /// part alone, or every main part of its stretch; with the subordinate parts right after it. "unter den zwölf
    /// Verdächtigen, die seit den Angriffen festgenommen wurden": a relative clause right after the figure's part describes
    /// what the figure counts, so it is of the figure's clause.
    /// </summary>
    private static List<Part> ClauseParts(IReadOnlyList<Part> parts, int index)
    {
        var part = parts[index];
        var own = part.Subordinate ? [part] : parts.Where(p => p.Stretch == part.Stretch && !p.Subordinate);
        return own.Concat(parts.Skip(index + 1).TakeWhile(p => p.Subordinate && p.Stretch == part.Stretch)).ToList();
    }

    /// <summary>The text of the clause of the part at <paramref name="index"/>, a subordinate one with the words before it.</summary>
    private static string ClauseText(string sentence, IReadOnlyList<Part> parts, int index)
    {
        var clause = Join(sentence, ClauseParts(parts, index));
        if (!parts[index].Subordinate || index == 0) return clause;
        // "das Flüchtlingsprojekt, das … 40.000 Euro lukrierte": the words before the clause name what it is said of.
        return $"{LastWords(Join(sentence, [parts[index - 1]]), AntecedentWords)} {clause}";
    }

    private static string Join(string sentence, IEnumerable<Part> parts) => string.Join(' ', parts.Select(p => sentence[p.Start..p.End]));

    private static string LastWords(string text, int count) =>
        string.Join(' ', Tokenizer.LetterRuns(text).TakeLast(count).Select(w => w.Value));

    /// <summary>How many words before a subordinate clause name what it is said of: a noun and its name or adjective.</summary>
    private const int AntecedentWords = 2;

    /// <remarks>
    /// A comma between digits ("1,5 Millionen", "400,000") is no break, nor a colon between them ("22:00"). A semicolon
    /// also ends the stretch of a main clause (a list of separate statements: "director - Clint Eastwood; actor - Don Cheadle").
    /// </remarks>
    [GeneratedRegex(@"(?<!\d),|,(?!\d)|;|(?<!\d):|:(?!\d)|[()–—]|\s-\s|(?<!\d)\s(?=(and|und|but|aber|or|oder|while|während|whereas|wobei)\s)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex PartBreak();

    /// <summary>
    /// The words that open a subordinate clause: relative pronouns (also after a preposition: "zu der", "in which"),
    /// and the conjunctions of a contrasting or accompanying clause. A German d-word right before a capitalised noun is its
    /// article ("Die Ehefrau von …", "von der Polizei"), no relative pronoun. "Where"/"wo" clauses are left out: they go on
    /// of the main clause's subject ("arbeiten … im Ausland, wo sie jährlich 211 Millionen Euro erwirtschaften").
    /// </summary>
    [GeneratedRegex(@"^(?:(?:(?:in|an|auf|aus|bei|mit|nach|von|vor|zu|für|über|unter|um|durch|gegen|of|at|by|for|with|to|from|on)\s+)?(?:which|whom|whose|(?:der|die|das|dem|den|deren|dessen|denen|welche[rsmn]?)\b(?!\s+(?-i:\p{Lu})))|who|" + SubordinatingConjunctions + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Subordinating();

    /// <summary>The contrasting or accompanying conjunctions, one list for <see cref="Subordinating"/> and <see cref="SubordinatingConjunction"/>.</summary>
    private const string SubordinatingConjunctions = "while|whereas|während|wobei";

    /// <summary>The conjunctions of <see cref="Subordinating"/> alone: what may open a sentence's subordinate first part.</summary>
    [GeneratedRegex(@"^(?:" + SubordinatingConjunctions + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubordinatingConjunction();

    [GeneratedRegex(@"^(?:and|und|or|oder)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Coordinating();
}
