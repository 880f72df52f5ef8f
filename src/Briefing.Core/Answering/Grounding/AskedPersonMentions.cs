using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// Which sentences of a passage speak of the person the question names: those that name them (by the last word of
/// their name, as news does after the first mention: "Lopez will not be ready ...") and those whose personal pronoun
/// can only be them ("But despite a £40,000 payout two years ago, she says ..."): no other person has been named since
/// the passage (or, for a later passage, its article's lede) last named them. The job noun of a quote's speaker stands
/// for them as a pronoun does ("..., meint der Rohstoffanalyst.", <see cref="OccupationPhrases.NamesSpeakerByJob"/>).
/// </summary>
internal static partial class AskedPersonMentions
{
    /// <summary>
    /// The name word that stands for the question's person (their surname), or null when the question names no person
    /// (two unmarked words of the dictionary, "Champions League", are no person's name).
    /// </summary>
    /// <remarks>
    /// A first name the dictionary lacks makes a person's name of a surname that is also a word ("Roni Size", "Dougie
    /// Walker", "Gordon Brown"): the whole name, unlike "Champions League", is no title of dictionary words.
    /// </remarks>
    public static string? NameOf(string question, string language, NameDetector names) =>
        NameSpans.Named(question, language, names).FirstOrDefault(s => s.Kind == NameKind.Person
            && (SettingNames.IsProperName(s, language, names) || (s.Words.Count >= 2 && names.IsCommonWord(s.Words[0], language) != true))) is { } person
            ? person.Words[^1] : null;

    /// <summary>For each sentence, whether it speaks of the person called <paramref name="name"/>.</summary>
    /// <param name="namedBefore">The article named them before the passage (in its headline or lede), with no one else since.</param>
    public static bool[] In(IReadOnlyList<string> sentences, string name, bool namedBefore, string language, NameDetector names)
    {
        var mentions = new bool[sentences.Count];
        var current = namedBefore;
        for (var i = 0; i < sentences.Count; i++)
        {
            var words = Words().Matches(sentences[i]).Select(m => m.Value).ToList();
            var namesThem = words.Contains(name, StringComparer.Ordinal);
            var others = NameSpans.Named(sentences[i], language, names).Any(s => s.Kind == NameKind.Person && !s.Words.Contains(name, StringComparer.Ordinal));
            mentions[i] = namesThem || (current && !others && (words.Any(FunctionWords.IsSubjectPronoun) || OccupationPhrases.NamesSpeakerByJob(sentences[i])));
            // Someone else named in the sentence may be who the next pronoun means; naming the person again restores them.
            current = namesThem || (current && !others);
        }
        return mentions;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\-']*")]
    private static partial Regex Words();
}
