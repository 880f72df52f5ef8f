using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// Whose role a who-question asks: "Wer ist der Chef von Sky Deutschland?" → Sky Deutschland, "Who is the chief executive
/// of British Sugar?" → British Sugar, "Wer ist der Chef der Reederei Bodmann?" → Reederei Bodmann, "Who is Northfield United's spokesman?" → Northfield United. A sentence that names
/// the holder of the same role elsewhere ("Springer-Chef Döpfner", "Chief executive Jim Skinner" of another firm) answers
/// for another owner: the naming sentence, or its article's title, writes every word of the asked owner's name.
/// </summary>
internal static partial class AskedRoleOwner
{
    /// <summary>The words of the owner's name the question writes with <paramref name="role"/>; empty when it names none.</summary>
    public static IReadOnlyList<string> Of(string question, string role)
    {
        var escaped = Regex.Escape(role);
        var after = Regex.Match(question, $@"\b{escaped}\s+(?:von|vom|bei|beim|der|des|of|at|for)\s+(?:(?:{ArticleAlternations.Definite})\s+)?(?<owner>{NameWords})", RegexOptions.IgnoreCase);
        if (after.Success) return Words(after.Groups["owner"].Value);
        var possessive = Regex.Match(question, $@"(?<owner>{NameWords})['’]s?\s+(?:\p{{Ll}}+\s+)?{escaped}\b", RegexOptions.IgnoreCase);
        return possessive.Success ? Words(possessive.Groups["owner"].Value) : [];
    }

    /// <summary>
    /// The owner's words that name it, without the German common nouns written before or instead of the name: "beim
    /// Fusionsexperiment Wendelstein 7-X" is owned by Wendelstein 7-X, which the answering sentence of its article need not
    /// call an experiment; "der Chef des Verlagshauses" names no owner at all — only the kind, which the article names by
    /// name ("Chef der Bauer Media Group"). English capitalises only names, so its owners stay whole ("British Sugar").
    /// </summary>
    public static IReadOnlyList<string> NamedPart(IReadOnlyList<string> owner, string language, NameDetector names) =>
        language == "de" ? owner.Where(word => names.IsCommonWord(word, language) != true && !names.IsCommonCompound(word, language)).ToList() : owner;

    /// <summary>
    /// Whether <paramref name="text"/> writes every word of the owner, also inside a word: in the genitive, as a compound's
    /// part ("Sky-Chef", "Rechtsanwaltskammertag" for "Anwaltskammer"). A word found inside another by chance only lets an
    /// answer through, as before this check.
    /// </summary>
    public static bool IsShownIn(IReadOnlyList<string> owner, string text) =>
        owner.All(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether the lede of <paramref name="sentence"/>'s article (the first sentence after the headline) writes the owner:
    /// the report is about it, so its unnamed role ("sagte die wissenschaftliche Direktorin Sibylle Günter" in the report
    /// on Wendelstein 7-X) is the owner's. A rival named later in the article ("Rival Kestrel Sugar also reported …") is no lede.
    /// </summary>
    public static bool IsShownInLede(IReadOnlyList<string> owner, CandidateSentence sentence, IReadOnlyList<CandidateSentence>? candidates)
    {
        var title = sentence.Hit.Article.Title.Trim().TrimEnd('.');
        var lede = candidates?.Where(c => c.Hit.Article.Id == sentence.Hit.Article.Id && c.Hit.Passage.Ordinal == 0)
            .OrderBy(c => c.Position).FirstOrDefault(c => !title.StartsWith(c.Text.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase));
        return lede is not null && IsShownIn(owner, lede.Text);
    }

    /// <summary>One to four capitalised words ("Sky Deutschland", "F-Secure", "British Sugar"); case-sensitive inside the case-insensitive match.</summary>
    private const string NameWords = @"(?-i:\p{Lu}[\p{L}\d\-&]*)(?:\s+(?-i:\p{Lu}[\p{L}\d\-&]*)){0,3}";

    private static List<string> Words(string owner) =>
        owner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('-')).Where(w => w.Length >= 2).ToList();
}
