using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The question's names that only say where or when the asked thing happened: a place or institution after a
/// preposition of setting ("the knee injury she picked up at Valencia", "leitet im Bundestag den Ausschuss", "during
/// the Olympics"). When the question also names its subject by a name of its own (Maria Lopez, CD), the setting is context: the
/// article names it once, often far from the sentence that answers ("Lopez will not be ready for four to six
/// weeks."), so the answer need not stand next to it.
/// </summary>
internal static partial class SettingNames
{
    /// <summary>The setting's name words as written, or none when the question names no subject of its own (then the place says which event is asked about).</summary>
    public static HashSet<string> In(string question, string language, NameDetector names)
    {
        var spans = NameSpans.In(question, language, names);
        var setting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var others = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var namesSubject = false;
        foreach (var span in spans)
        {
            var isSetting = span.Kind != NameKind.Person && SettingBefore().IsMatch(question[..span.Start])
                            && !(language == "en" && question[..span.Start].TrimEnd().EndsWith(" an", StringComparison.OrdinalIgnoreCase));
            (isSetting ? setting : others).UnionWith(span.Words);
            namesSubject |= !isSetting && IsProperName(span, language, names);
        }
        setting.ExceptWith(others);
        // "Which team won the Champions League final in Cardiff?": a title of common words names a kind of event, and the
        // place says which one is asked about.
        return namesSubject ? setting : new HashSet<string>();
    }

    /// <summary>
    /// A name of its own, no words of the language put together: a person ("Maria Lopez"), an acronym ("CD", "GDL"), a
    /// brand; not a title of dictionary words ("Champions League", "World Cup") that many events share.
    /// </summary>
    public static bool IsProperName(NameSpan span, string language, NameDetector names) =>
        span.Words.All(w => NameDetector.IsAcronym(w) || names.IsCommonWord(w, language) != true);

    /// <summary>A preposition of setting (and an article) right before a name: "at", "in the", "im", "beim", "during the".</summary>
    [GeneratedRegex(@"\b(at|in|im|am|an|bei|beim|during|während|auf)(\s+(" + ArticleAlternations.Definite + @"))?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SettingBefore();
}
