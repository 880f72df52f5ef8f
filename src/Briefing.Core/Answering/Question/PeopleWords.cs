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
    /// what they do. The one reader of such a noun in a sentence; a question's counted noun is read by its stricter part
    /// (<see cref="IsFormOfPlace"/>).
    /// </summary>
    /// <remarks>
    /// <para>
    /// The routes: the English plural of a people's adjective ("Syrians"; <see cref="NameSpans.IsPeoplesAdjective"/>) or of
    /// a noun the dictionary lists as a place's ("Britons" → "Briton" → "Brite"); a German noun of a place's word family
    /// ("Österreicher" → Österreich; <see cref="GermanPlaceWords"/>); a German noun the dictionary lists with a capitalised
    /// translation ("Palästinenser" → "Palestinian"; <see cref="NameDetector.IsPlaceName"/>). That last route cannot tell the
    /// people from their place ("Ungarn" is both), so a German place itself counts too; an English place does not
    /// ("Germany 2 England 1" counts no people).
    /// </para>
    /// <para>
    /// Read on the noun a figure counts, its head (<see cref="CountedWords.After"/>'s last word): a place before the head
    /// ("20 London schools") says where the counted things are, not who they are.
    /// </para>
    /// </remarks>
    public static bool NamesPeopleOfPlace(string noun, string language, NameDetector names)
    {
        if (noun.Length < MinWord || !char.IsUpper(noun[0]) || NameDetector.IsAcronym(noun) || !names.HasLexicon) return false;
        if (IsFormOfPlace(noun, names)) return true;
        return language == "en"
            ? noun.EndsWith('s') && names.IsPlaceName(noun[..^1], language)
            : names.IsPlaceName(noun, language);
    }

    /// <summary>
    /// The routes that read a place's people by the form of the word, not only by the dictionary's capitalised
    /// translation: the plural of a people's adjective ("Syrians") or a German noun of a place's word family
    /// ("Österreicher"). A question's counted noun is read by these alone (<see cref="AskedUnit.PeopleOfPlace"/>): the
    /// dictionary route takes any noun with a capitalised translation ("Oscars" → "Oscar"), and a question that counts
    /// such a noun would then be answered only by people.
    /// </summary>
    public static bool IsFormOfPlace(string noun, NameDetector names) =>
        noun.Length >= MinWord && char.IsUpper(noun[0]) && names.HasLexicon
        && ((noun.EndsWith('s') && NameSpans.IsPeoplesAdjective(noun[..^1], names))
            || GermanPlaceWords.Related(noun).Any(r => char.IsUpper(r[0]) && names.IsPlaceName(r, "de")));
}
