using System.Collections.Frozen;

namespace Briefing.Core.Answering;

/// <summary>
/// The nouns of a medium, a newspaper, news agency or broadcaster, in German and English: as a question's head they ask
/// for the medium itself ("Welche Zeitung berichtete …?"), before a name they say what it names ("berichtete die
/// Wochenzeitung X", "the news agency Reuters"). One list, so the readers that need them cannot drift apart; a reader
/// that takes only some of them names its subset here and says why.
/// </summary>
internal static class MediaNouns
{
    /// <summary>The German nouns as a regex alternation, for the patterns that read the words before a named source.</summary>
    public const string GermanAlternation =
        "zeitung|tageszeitung|wochenzeitung|nachrichtenagentur|agentur|sender|fernsehsender|magazin|blatt|medium|onlineausgabe|website";

    /// <summary>The German nouns, for the readers that take a German compound by its tail.</summary>
    public static readonly FrozenSet<string> German = FrozenSet.ToFrozenSet(GermanAlternation.Split('|'), StringComparer.OrdinalIgnoreCase);

    /// <summary>The English nouns as a regex alternation ("reported the newspaper X"); "website" is a word of both languages.</summary>
    public const string EnglishAlternation = "newspaper|paper|agency|broadcaster|channel|magazine|outlet|network|station|tabloid|website";

    /// <summary>Every media noun, either language, any case.</summary>
    public static readonly FrozenSet<string> All =
        FrozenSet.ToFrozenSet([.. German, .. EnglishAlternation.Split('|')], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The media nouns that make the name beside them an organisation (<see cref="NameContext.OrganisationWords"/>).
    /// Not those that name other things as well: "Blatt" (a sheet), "Medium", "paper" (a document), "channel" (the
    /// English Channel), "outlet" (a shop), "station" (a place, as <see cref="NameContext.PlaceNouns"/> reads it), nor
    /// "website" and "Onlineausgabe", read as organisations by no one so far. Of the German compounds only
    /// "Nachrichtenagentur": <see cref="NameContext.IsOrganisationNoun"/> takes the others by their tail ("Wochenzeitung" by
    /// "zeitung"), but the question-type and name-span readers look the word up as written, and "die Nachrichtenagentur
    /// Reuters" is the compound news writes most.
    /// </summary>
    public static readonly IReadOnlyList<string> NamingOrganisation =
        ["zeitung", "magazin", "nachrichtenagentur", "agentur", "sender", "newspaper", "magazine", "broadcaster", "tabloid", "agency", "network"];

    /// <remarks>
    /// The media nouns after "welche"/"which" that <see cref="ExpectedAnswerType"/> reads as asking for an organisation,
    /// German and English apart as its pattern reads them. Only these: the others ("Welches Magazin …?", "Which website
    /// …?", "What channel …?", "what network …?") change the expected type of some twenty dev questions and are not yet
    /// measured; "which station" asks for a place as often.
    /// </remarks>
    public const string GermanAskedAsOrganisationAlternation = "sender|zeitung";

    /// <inheritdoc cref="GermanAskedAsOrganisationAlternation"/>
    public const string EnglishAskedAsOrganisationAlternation = "broadcaster|newspaper|agency";
}
