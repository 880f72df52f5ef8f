using System.Text.RegularExpressions;
using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A sentence can say the asked year without dating anything by it. The year may be:
/// <list type="bullet">
/// <item>a target or forecast: "The number of hotspots is expected to reach 200,000 by 2008", "bis Ende 2020 sollen …" —
/// the year something is to be reached, not the year the asked event happened ("How much did US box office ticket sales
/// reach in 2008?"). Only a sentence that speaks of what is expected or planned (<see cref="AskedOutlook.SpeaksOfOutlook"/>)
/// says one: "declined from 75.8% in 1970 to 55.1% by 2010" says what the share was in 2010. A title needs no such word,
/// as headlines drop their auxiliaries ("PC ownership to 'double by 2010'");</item>
/// <item>part of another event's or product's name: "its website coverage of Euro 2004, the Tour de France and the US
/// elections" for "Who won the Tour de France in 2004?" — the year is Euro 2004's, a name the question does not show;</item>
/// <item>a base of comparison: "compared with 2003", "gegenüber 2019", "das letzte Vergleichsjahr 2019".</item>
/// </list>
/// When every chosen sentence that says the asked year says it only so (and its article's title too), the corpus has no
/// sentence about the asked year's event, and the question is abstained on.
/// </summary>
/// <remarks>
/// The question's own reading of its year is kept: "How much cocoa does Nigeria want to produce by 2008?" asks a target, and
/// "by 2008" answers it, as it answers a question that speaks of an outlook itself ("How many users are expected in 2010?"); "Who won Euro 2004?" names the event, and "Euro 2004" is its year.
/// </remarks>
internal static partial class YearInOtherRole
{
    /// <summary>
    /// True when some chosen sentence says an asked year and every one that does says each of them only as a target, in
    /// another event's name or as a base of comparison — and its article's title says it no other way.
    /// </summary>
    public static bool AllInOtherRoles(IReadOnlyList<CandidateSentence> chosen, string question, string language, AskedYears years,
        IReadOnlyList<WeightedTerm> expansions, ITermStatistics statistics, NameDetector names)
    {
        if (!years.Any) return false;
        var roles = QuestionRoles(question, language, years);
        var termsByLanguage = new Dictionary<string, QuestionTerms>(StringComparer.Ordinal);
        var judged = 0;
        foreach (var sentence in chosen.Where(c => c.ShowsAskedYears))
        {
            // Dated by its lede or a neighbour that refers to it: the year is the report's, whatever the sentence says.
            if (!years.SaidIn(sentence.Text).Any()) return false;
            var passageLanguage = sentence.Hit.Passage.Language;
            if (!termsByLanguage.TryGetValue(passageLanguage, out var asked))
                termsByLanguage[passageLanguage] = asked = QuestionTerms.For(question, language, passageLanguage, expansions, statistics);
            bool QuestionShows(string word) =>
                asked.Coverage(statistics.AnalyzeTerms(word, passageLanguage).ToHashSet(StringComparer.Ordinal)) > 0;
            if (SaysAsTime(sentence.Hit.Article.Title, years, roles, passageLanguage, names, QuestionShows, isTitle: true)
                || SaysAsTime(sentence.Text, years, roles, passageLanguage, names, QuestionShows)) return false;
            judged++;
        }
        return judged > 0;
    }

    /// <summary>The roles the question gives its own year: those an article's year may have and still be the asked one.</summary>
    [Flags]
    internal enum Role { Time = 0, Target = 1, Comparison = 2 }

    internal static Role QuestionRoles(string question, string language, AskedYears years)
    {
        var roles = AskedOutlook.SpeaksOfOutlook(question, language) ? Role.Target : Role.Time;
        foreach (var (_, at) in years.PlacesIn(question))
            roles |= RoleBefore(question[..at]);
        return roles;
    }

    /// <summary>
    /// <paramref name="text"/> says some asked year as a time — not only as a target, a base of comparison or in a name
    /// <paramref name="questionShows"/> does not show (<see cref="EditionYears"/>). Text that says no asked year says none as a time.
    /// </summary>
    /// <param name="isTitle">The text is a title, which says a target without a word of outlook.</param>
    internal static bool SaysAsTime(string text, AskedYears years, Role questionRoles, string language, NameDetector names, Func<string, bool> questionShows,
        bool isTitle = false)
    {
        var outlook = isTitle || AskedOutlook.SpeaksOfOutlook(text, language);
        foreach (var (_, at) in years.PlacesIn(text))
        {
            var before = text[..at];
            var role = RoleBefore(before);
            // "declined … to 55.1% by 2010": without a word of outlook, "by" says what had happened by then.
            if (role == Role.Target && !outlook) role = Role.Time;
            if (role != Role.Time && (questionRoles & role) == 0) continue;
            // German writes a person before the year in plain word order ("bereits Bans Vorgänger Boutros Boutros-Ghali 1993
            // eingeladen"): there only an acronym ("WM 2006") names an edition for sure.
            if (AskedYears.Year().Match(text, at) is { Success: true } year && year.Index == at
                && EditionYears.NameOf(text, year.Groups[1], language, names) is { } name && (language != "de" || Token.IsAcronymWord(name))
                && !questionShows(name)) continue;
            return true;
        }
        return false;
    }

    private static Role RoleBefore(string before) =>
        Target().IsMatch(before) ? Role.Target : Comparison().IsMatch(before) ? Role.Comparison : Role.Time;

    /// <summary>"by 2008", "by the end of 2008", "until 2010", "bis 2020", "bis Ende 2008", "bis zum Jahr 2020" — but not a span's end ("2004 bis 2008", "von 2004 until 2008"); "by" ends none ("reach 200,000 by 2008").</summary>
    [GeneratedRegex(@"\b(?:by|(?<!\b\d{4}\s+)(?:until|till|bis))\s+(?:(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+|(?:Ende|Mitte|Anfang)\s+|zum\s+Jahr\s+|(?:the\s+)?year\s+|spätestens\s+)?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Target();

    /// <summary>"compared with 2003", "compared to 2003", "gegenüber 2019", "im Vergleich zu 2019", "Vergleichsjahr 2019".</summary>
    [GeneratedRegex(@"\b(?:compared\s+(?:with|to)|gegenüber|Vergleich\s+zu(?:m\s+Jahr)?|Vergleichsjahr(?:es)?)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();
}
