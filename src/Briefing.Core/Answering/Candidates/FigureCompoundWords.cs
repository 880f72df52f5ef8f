using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "Was kostet der neue 8-Megabit-Anschluss von UK Online pro Monat?": the word a figure is joined to inside a German
/// compound ("8-Megabit-Anschluss", "280-Milliarden-Dollar-Klage") says which of the things is meant, as a name does.
/// The article states it once ("An eight megabit service has been launched by … UK Online") and its other sentences
/// speak of "the service" ("The service comes with a hefty £39.99 monthly price tag"), so, like a name, it counts for
/// every sentence of an article that shows it.
/// </summary>
/// <remarks>
/// Not the words of a sum ("280-Milliarden-Dollar-Klage"): the figure's scale and currency, which articles write as "$280bn".
/// Such a word was read as a name only while the dictionary seemed not to know it ("Megabit", translated by itself);
/// this keeps the reading for what the compound says, not for what the dictionary lacks.
/// </remarks>
internal static partial class FigureCompoundWords
{
    /// <summary>The capitalised words between a figure and the head of its hyphenated compound, as written.</summary>
    public static IEnumerable<string> In(string question) =>
        Compound().Matches(question).SelectMany(m => m.Groups["words"].Value.Split('-', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => !NumberWords.IsScale(w) && !CurrencyWords.IsCurrencyName(w));

    [GeneratedRegex(@"\d-(?<words>(?:\p{Lu}[\p{L}\p{M}]*-)+)\p{L}")]
    private static partial Regex Compound();
}
