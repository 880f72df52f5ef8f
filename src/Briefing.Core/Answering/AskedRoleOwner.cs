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
    /// Whether <paramref name="text"/> writes every word of the owner, also inside a word: in the genitive, as a compound's
    /// part ("Sky-Chef", "Rechtsanwaltskammertag" for "Anwaltskammer"). A word found inside another by chance only lets an
    /// answer through, as before this check.
    /// </summary>
    public static bool IsShownIn(IReadOnlyList<string> owner, string text) =>
        owner.All(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>One to four capitalised words ("Sky Deutschland", "F-Secure", "British Sugar"); case-sensitive inside the case-insensitive match.</summary>
    private const string NameWords = @"(?-i:\p{Lu}[\p{L}\d\-&]*)(?:\s+(?-i:\p{Lu}[\p{L}\d\-&]*)){0,3}";

    private static List<string> Words(string owner) =>
        owner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('-')).Where(w => w.Length >= 2).ToList();
}
