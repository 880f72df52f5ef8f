using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// The place a report was filed from, opening its first sentence: "Wien – ...", "Stuttgart/Trier – ...", "Neu-Delhi
/// – ...", "Kampala - ...". It says where the newsroom's correspondent sat, not a fact of the story: it is no answer to
/// "which publisher" or "who", and for "where" the story's own place is named in the sentence ("Peking – China baut
/// seinen Flugzeugträger in der Hafenstadt Dalian"); a dateline name that the story names too still counts there.
/// </summary>
internal static partial class Dateline
{
    /// <summary>The sentence without its dateline (unchanged when it has none).</summary>
    /// <remarks>
    /// German only: the English reports (BBC) write no datelines, and there a name before a dash opens an apposition
    /// ("Gordon Brown - Labour's longest-serving Chancellor - said ...") whose name is a fact of the story.
    /// </remarks>
    public static string Without(string sentence, string language) =>
        language == "de" && Opening().Match(sentence) is { Success: true } dateline ? sentence[dateline.Length..] : sentence;

    /// <remarks>
    /// One to three capitalised words, several places joined by "/", then a spaced dash and a capitalised word (German
    /// sentences go on with one; "Chelsea - who won ..." is a parenthesis, not a dateline). A German town named by the
    /// river, region or hill it lies at joins its words with a lower-case preposition and article ("Ried im Innkreis",
    /// "Frankfurt am Main", "Weiden in der Oberpfalz", "Rothenburg ob der Tauber", "Neumarkt an der Ybbs"): still one
    /// place; read as no dateline, "Innkreis" was a new name of the restating lede.
    /// </remarks>
    [GeneratedRegex(@"^\s*" + Place + @"(\s*/\s*" + Place + @")*\s+[–-]\s+(?=[\p{Lu}„""])")]
    private static partial Regex Opening();

    /// <summary>A capitalised word, then up to two more, each perhaps after a town's linking preposition and article.</summary>
    private const string Place = @"\p{Lu}[\p{L}.'’\-]*(\s+(" + TownLink + @")?\p{Lu}[\p{L}.'’\-]*){0,2}";

    /// <summary>"im", "am", "an der", "in der", "ob der", "bei", "vor der": the preposition that joins a town's name to its river or region.</summary>
    private const string TownLink = @"(im|am|an|in|ob|bei|vor)\s+((der|dem|den)\s+)?";
}
