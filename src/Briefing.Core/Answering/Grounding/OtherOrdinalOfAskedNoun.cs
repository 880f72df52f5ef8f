using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "When did Yahoo celebrate its 20th anniversary?" over "Yahoo is celebrating its 10th anniversary this week", "Wann
/// fand der 5. Gipfel statt?" over "Der 4. Gipfel fand im Mai statt": the question picks one of a series by its ordinal,
/// and the answering sentence tells another of the same series. Its figure answers for another event of the topic.
/// </summary>
internal static partial class OtherOrdinalOfAskedNoun
{
    /// <summary>
    /// The reason <paramref name="chosen"/> tell another of the asked series: they, or the other scored sentences of the
    /// lead's article, write the question's noun after another ordinal, and none writes the question's own. Null otherwise.
    /// </summary>
    /// <param name="candidates">All scored sentences: "… ahead of the anniversary, which will be officially recognised on 2
    /// March" leads, and a sentence of its article says which anniversary ("is celebrating its 10th anniversary").</param>
    public static string? Missing(IReadOnlyList<CandidateSentence> chosen, string question, IReadOnlyList<CandidateSentence>? candidates)
    {
        if (chosen.Count == 0) return null;
        var told = chosen.Concat(candidates?.Where(c => c.Hit.Article.Id == chosen[0].Hit.Article.Id) ?? []).Select(c => c.Text).Distinct().ToList();
        foreach (var (number, noun) in Ordinals(question))
        {
            if (told.Any(t => Ordinals(t).Any(o => o.Number == number && SameNoun(o.Noun, noun)))) continue;
            if (told.SelectMany(Ordinals).FirstOrDefault(o => o.Number != number && SameNoun(o.Noun, noun)) is { Noun: not null } other)
                return $"the answering article tells the {other.Number}. '{other.Noun}', not the asked {number}.";
        }
        return null;
    }

    /// <summary>"20th anniversary", "20. Jahrestag": an ordinal in digits and the noun after it (not a date's month: "20. März").</summary>
    private static IEnumerable<(string Number, string Noun)> Ordinals(string text) =>
        Ordinal().Matches(text).Select(m => (m.Groups["n"].Value, m.Groups["noun"].Value)).Where(o => !MonthNames.IsWrittenOut(o.Item2.ToLowerInvariant()));

    /// <summary>"anniversary" and "Anniversary", "Jahrestag" and "Jahrestages": one noun, in its forms that share the stem.</summary>
    private static bool SameNoun(string written, string asked) =>
        string.Compare(written, 0, asked, 0, Math.Max(MinStem, Math.Min(written.Length, asked.Length) - 2), StringComparison.OrdinalIgnoreCase) == 0
        && Math.Abs(written.Length - asked.Length) <= 2;

    private const int MinStem = 4;

    [GeneratedRegex(@"\b(?<n>\d{1,3})(?:(?i:st|nd|rd|th)\s+(?<noun>\p{L}{3,})|\.\s+(?<noun>\p{Lu}\p{L}{2,}))")]
    private static partial Regex Ordinal();
}
