using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// The figures of a sentence that are the size of a change (<see cref="AskedChange"/>): the one a change verb or noun
/// governs with "by" / "um" or as its object ("rose by 9%", "profits drop 33%", "shares were up 2.4%", "stiegen die
/// Verkäufe … um 74 Prozent", "legte 2,1 Prozent zu"), the one of a change noun ("ein Plus von 280.000 Personen", "Der
/// Rückgang von 3,8 Prozent", "a 3% fall"). The level after "to" / "auf" ("fell to 3.4bn kroner") is no change.
/// </summary>
internal static partial class ChangeFigures
{
    /// <summary>The normalised figures of <paramref name="sentence"/> that state a change's size.</summary>
    public static IReadOnlySet<string> Of(string sentence)
    {
        var figures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pattern in new[] { EnglishVerbFigure(), GermanUmFigure(), GermanVerbObject(), NounOfFigure(), FigureBeforeChangeNoun() })
            foreach (Match m in pattern.Matches(sentence))
            {
                // A verb's bare object is a change only as a share or points ("legte 2,1 Prozent zu", "up 2.4%"): "gab es 500
                // Unfälle", "brachte 43 Mrd. Euro", "set up 20 schools", "cut 200 jobs" are what the verb gives, not by how much.
                if (m.Groups["object"].Success && !ShareUnit().IsMatch(m.Groups["unit"].Value)) continue;
                var key = NumberTokens.Normalize(m.Groups["number"].Value.TrimEnd('.', ','));
                // "by 2011", "um 1990": a year after the preposition is a time, not a change.
                if (!m.Groups["unit"].Success && AskedAmount.IsYearLike(key)) continue;
                figures.Add(key);
            }
        return figures;
    }

    private const string Hedge = @"((up\s+to|around|about|some|nearly|almost|more\s+than|over|just|an\s+estimated|roughly|rund|etwa|knapp|über|mehr\s+als|fast|gut|satte|ganze|nur|lediglich|immerhin|weitere|noch)\s+)*";

    private const string Figure = @"(" + CurrencyWords.Sign + @"\s*)?(?<number>\d+(?:[.,]\d+)*)(?![\d])(?<unit>\s*(%|(" + PercentWords.Percent + "|" + PercentWords.Points + @"|points|punkte|bn|m|million|billion|milliarden|millionen|mrd|mio|minuten|minutes|sekunden|seconds|stunden|hours|jahre|years|zentimeter|centimetres|meter|metres|euro|dollar|cents?|pence|p)\b))?";

    /// <summary>
    /// "rose by 0.5%", "increased their spending by 1.5%", "profits drop 33%", "Net profit surged 70% to …", "were up 2.4%":
    /// an English change verb with its figure after "by" (a few words between) or as its object (group "object"; a share
    /// only, see <see cref="Of"/>). Not the level: "to" is no "by".
    /// </summary>
    [GeneratedRegex(@"\b(rose|rise[sn]?|rising|fell|fall(s|en|ing)?|grew|grow(s|n|ing)?|increas\w*|decreas\w*|dropp?\w*|climb\w*|gain\w*|jump\w*|surg\w*|slump\w*|plung\w*|soar\w*|expand\w*|contract\w*|shr[iau]nk\w*|declin\w*|slid(e|es|ing)?|slipp?\w*|tumbl\w*|lost|los(e|es|ing)|cut(s|ting)?|rais\w*|reduc\w*|lower\w*|boost\w*|improv\w*|overloaded|exceed\w*|up|down|higher|lower)\s+(((?!to\b)\p{L}+\s+){0,4}by\s+|(?<object>))" + Hedge + Figure, RegexOptions.IgnoreCase)]
    private static partial Regex EnglishVerbFigure();

    /// <summary>A share or points, the only unit a change verb's bare object is a change in.</summary>
    [GeneratedRegex(@"^\s*(%|" + PercentWords.Percent + "|" + PercentWords.Points + @"|points|punkte)$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareUnit();

    /// <summary>"um 74 Prozent", "um 40 Minuten", "um rund 1,2 Prozent angehoben": "um" before a figure is a change's (not "um 10 Uhr").</summary>
    [GeneratedRegex(@"\bum\s+" + Hedge + Figure + @"(?!\s*uhr\b)", RegexOptions.IgnoreCase)]
    private static partial Regex GermanUmFigure();

    /// <summary>"legte 2,1 Prozent zu", "büßte 3 Prozent ein", "verlor 1,5 Prozent": a German change verb with its figure as object.</summary>
    [GeneratedRegex(@"\b(legt\w*|zugelegt|büßt\w*|eingebüßt|verlor\w*|gewann\w*|gewinn\w*|gab|gaben|gibt|geben|nachgegeben|kletter\w*|sackt\w*|brach\w*|rutscht\w*)(?<object>)\s+((?!auf\b)\p{L}+\s+){0,3}?" + Hedge + Figure, RegexOptions.IgnoreCase)]
    private static partial Regex GermanVerbObject();

    /// <summary>"ein Plus von 280.000 Personen", "Der Rückgang von schätzungsweise 3,8 Prozent", "a rise of 5%".</summary>
    [GeneratedRegex(@"\b(plus|minus|\p{L}*rückgang|\p{L}*anstieg|\p{L}*zuwachs|\p{L}*wachstum|\p{L}*einbruch|\p{L}*steigerung|\p{L}*senkung|\p{L}*erhöhung|\p{L}*kürzung|\p{L}*verlust|rise|fall|increase|decrease|drop|decline|gain|growth|jump|cut|slump)\s+(von|um|of)\s+(schätzungsweise\s+|estimated\s+)?" + Hedge + Figure, RegexOptions.IgnoreCase)]
    private static partial Regex NounOfFigure();

    /// <summary>"a 3% fall in profits", "ein 5-prozentiger Anstieg" is rare; "3,2 Prozent weniger", "2% more": a share before a change word.</summary>
    [GeneratedRegex(@"(?<number>\d+(?:[.,]\d+)*)(?![\d])(?<unit>\s*(%|(" + PercentWords.Percent + "|" + PercentWords.Points + @")\b))\s*(-\s*)?(fall|rise|increase|decrease|drop|decline|gain|jump|cut|slump|growth|weniger|mehr|höher|niedriger|teurer|billiger|less|more|higher|lower)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FigureBeforeChangeNoun();
}
