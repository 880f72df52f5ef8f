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
    /// sentences go on with one; "Chelsea - who won ..." is a parenthesis, not a dateline).
    /// </remarks>
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}.'’\-]*(\s+\p{Lu}[\p{L}.'’\-]*){0,2}(\s*/\s*\p{Lu}[\p{L}.'’\-]*(\s+\p{Lu}[\p{L}.'’\-]*){0,2})*\s+[–-]\s+(?=[\p{Lu}„""])")]
    private static partial Regex Opening();
}
