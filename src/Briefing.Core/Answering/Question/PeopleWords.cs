using Briefing.Core.Lexicon;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// What a question says of a thing by where it is from: "der kanadische Netzwerkausrüster", "den staatlichen
/// ukrainischen Gaskonzern", "the Egyptian squad". The noun after a people's adjective is the asker's description of
/// what the article names ("Nortel", "Naftohaz company"), not a name it must write: "Wer leitet den staatlichen
/// ukrainischen Gaskonzern?" is answered by "The head of the Ukrainian state-owned Naftohaz company, Yury Boyko".
/// </summary>
/// <remarks>
/// Told by the repository's place data, not a list of adjectives: the German adjective's place family
/// (<see cref="GermanPlaceWords"/>: "kanadisch" → "Kanada") holds a name the dictionary knows; English adjectives are
/// <see cref="DescribingAdjectives"/>'.
/// </remarks>
internal static class PeopleWords
{
    private const int MinWord = 4;

    /// <summary>
    /// The word at <paramref name="at"/> follows a people's adjective with only a space between: "der kanadische
    /// Netzwerkausrüster", "den walisischen Hakler", "the Egyptian squad".
    /// </summary>
    public static bool FollowsPeoplesAdjective(string question, int at, string language, NameDetector names)
    {
        var before = question.AsSpan(0, at);
        if (before.Length < 2 || before[^1] != ' ') return false;
        var trimmed = before.TrimEnd();
        var start = trimmed.Length;
        while (start > 0 && char.IsLetter(trimmed[start - 1])) start--;
        if (start == trimmed.Length) return false;
        var previous = trimmed[start..].ToString();
        return language == "de" ? IsPlaceAdjective(previous, names) : DescribingAdjectives.Describes(question, start, previous, names);
    }

    /// <summary>A lower-case German adjective of a place ("kanadische", "walisischen", "ukrainischen").</summary>
    public static bool IsPlaceAdjective(string word, NameDetector names)
    {
        if (word.Length < MinWord || !char.IsLower(word[0]) || !names.HasLexicon) return false;
        // "kanadisch-en": the -isch adjective declined or not, its place family read from the undeclined form.
        var stemEnd = word.LastIndexOf(AdjectiveSuffix, StringComparison.Ordinal) + AdjectiveSuffix.Length;
        return stemEnd >= AdjectiveSuffix.Length && InflectedForm.IsEnding(word[stemEnd..], InflectedForm.AdjectiveEndings)
            && GermanPlaceWords.Related(word[..stemEnd]).Any(r => char.IsUpper(r[0]) && names.IsPlaceName(r, "de"));
    }

    private const string AdjectiveSuffix = "isch";
}
