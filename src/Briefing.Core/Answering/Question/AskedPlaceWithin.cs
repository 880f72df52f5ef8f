using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// "Where in Wales …?", "Wo in Bayern …?", "In welcher Stadt in Marokko …?", "In which part of Thailand …?": the
/// answer is a place inside the named region, so a sentence whose only place is the region itself ("Training in Wales
/// is broadening my mind") does not answer. Without a gazetteer a place outside the region cannot be told from one
/// inside it; a place the question does not name is taken to be the answer.
/// </summary>
internal static partial class AskedPlaceWithin
{
    /// <summary>The region the question asks a place inside of, as written; null when it asks none.</summary>
    public static string? Of(string question) => WithinRegion().Match(question) is { Success: true } m ? m.Groups["region"].Value : null;

    /// <summary>
    /// Whether <paramref name="sentence"/> names a place (<see cref="PlaceAnswers"/>) that <paramref name="question"/> does
    /// not. A name after "from" / "aus" / "von" says where someone or something comes from ("advice from Linford
    /// Christie"), not where inside the region the asked thing is.
    /// </summary>
    public static bool NamesAnotherPlace(string sentence, string language, string question, NameDetector names)
    {
        var origins = NameSpans.Named(sentence, language, names).Where(s => OriginBefore().IsMatch(sentence[..s.Start]))
            .SelectMany(s => s.Words).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return PlaceAnswers.In(sentence, language, names).Any(w => !origins.Contains(w) && !question.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"\b(?i:from|aus|von|vom)\s+$")]
    private static partial Regex OriginBefore();

    [GeneratedRegex(@"\b(?i:where\s+(?:exactly\s+)?in|wo\s+(?:genau\s+)?in|(?:in|aus|nahe|near)\s+(?:der\s+nähe\s+)?(?:welche[rmns]?|which|what)\s+\p{L}+\s+(?:in|of|von)(?:\s+the)?)\s+(?<region>\p{Lu}[\p{L}-]+)")]
    private static partial Regex WithinRegion();
}
