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

    /// <summary>
    /// A capitalised noun that names the people of a place: "About three million Britons have …", "bei dem zwei
    /// Palästinenser verletzt wurden", "42 Syrer". A count of people ("How many people …?", "Wie viele Menschen …?") is
    /// answered by a figure of them as by one of "people", for news counts people by where they are from as often as by
    /// what they do. The dictionary tells them: it lists such a noun as its place's people, with a capitalised
    /// translation ("Palästinenser" → "Palestinian", "Briton" → "Brite"; <see cref="NameDetector.IsPlaceName"/>).
    /// </summary>
    /// <remarks>
    /// Read on the noun a figure counts, its head (<see cref="CountedWords.After"/>'s last word): a place before the head
    /// ("20 London schools") says where the counted things are, not who they are.
    /// </remarks>
    public static bool NamesPeopleOfPlace(string noun, string language, NameDetector names)
    {
        if (noun.Length < MinWord || !char.IsUpper(noun[0]) || NameDetector.IsAcronym(noun) || !names.HasLexicon) return false;
        if (names.IsPlaceName(noun, language)) return true;
        // "Britons" is listed as "die Briten", a phrase, and "Syrians" may lack an entry: English plurals are read by the
        // singular ("Briton" → "Brite"), or by the people's adjective they are the plural of ("Syrian").
        return language == "en" && noun.EndsWith('s') && (names.IsPlaceName(noun[..^1], language) || NameSpans.IsPeoplesAdjective(noun[..^1], names));
    }
}
