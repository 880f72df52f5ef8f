using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// The years a text dates its facts with ("earnings for 2004", "in der Saison 2016/17", "des Jahres 2012"): not a target
/// or a starting point ("to 600,000 tonnes by 2008", "Bis 2020 sollen es ...", "seit 2009"), which dates only the figure
/// next to it, nor a year that is part of a name ("Euro 2004", "the 2005 Budget"), which names an event's edition
/// (<see cref="EditionYears"/>).
/// </summary>
internal static partial class DatingYears
{
    /// <param name="askedNames">The names the question asks about: the words it writes beside its year ("the 2004 Kestrel
    /// Awards", "Betrugsstudie 2016"), their translations and its other names. An edition of one dates the report on it.</param>
    public static IEnumerable<string> In(string text, string language, NameDetector names, IReadOnlySet<string> askedNames) =>
        DatingYear().Matches(text).Where(m => !m.Groups["target"].Success
                && (EditionYears.NameOf(text, m.Groups["year"], language, names) is not { } name || askedNames.Contains(name)))
            .Select(m => m.Groups["year"].Value);

    /// <summary>
    /// The names whose edition the question asks about, which date the report on it: the words it writes beside its year
    /// ("the 2004 Kestrel Awards"), their translations ("Wer gewann die EM 2004?" over a lede on "Euro 2004") and the
    /// question's other names ("Who won the Tour de France in 2004?" over a lede on "the 2004 Tour de France").
    /// </summary>
    public static IReadOnlySet<string> AskedNames(IEnumerable<string> besideYear, IEnumerable<string> translations, IEnumerable<string> questionNames)
    {
        var asked = new HashSet<string>(besideYear, StringComparer.OrdinalIgnoreCase);
        asked.UnionWith(translations.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        asked.UnionWith(questionNames);
        return asked;
    }

    [GeneratedRegex(@"(?<target>\b(by|until|till|from|since|before|after|bis|ab|seit|vor|nach)\s+((zum|zur|dem|Ende|Anfang|Mitte|end\s+of|early|late)\s+)?)?(?<![\d.,])(?<year>1[5-9]\d{2}|20\d{2})(?![\d.,]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DatingYear();
}
