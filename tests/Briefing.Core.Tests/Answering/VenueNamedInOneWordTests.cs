using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "In welchem Wiener Kino …?" → "im Wiener Metrokino", "In welcher Halle …?" → "die Innsbrucker Olympiahalle": German closes a
/// venue's name and its noun into one word as often as it hyphens them, and the word then says what the name is, as a noun
/// beside it does (<see cref="NameCompounds.Closed"/>). Not a compound the dictionary lists ("Tageszeitung" is a
/// kind of Zeitung, no name of one), nor one of a noun place names are made with ("Irland" for "Welches Land …?"). Words invented.
/// </summary>
public sealed class VenueNamedInOneWordTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), [new ListedWords("tageszeitung") { Language = "de" }]);

    [Fact]
    public void A_name_closed_into_a_compound_with_the_asked_noun_is_one_of_the_asked_kind()
    {
        var keys = NameCompounds.Closed(new HashSet<string> { "metrokino", "olympiahalle", "wien" }, ["Kino", "Halle"], "de", Names);

        Assert.Equal(["metrokino", "olympiahalle"], keys.Order());
    }

    [Fact]
    public void A_noun_ending_in_s_matches_the_name_key_that_lost_its_s()
    {
        // Name keys drop a final "s" (AnswerCandidates.NameKey): "Elisabethkrankenhaus" is kept as "elisabethkrankenhau".
        var keys = NameCompounds.Closed(new HashSet<string> { AnswerCandidates.NameKey("Elisabethkrankenhaus"), "wien" }, ["Krankenhaus"], "de", Names);

        Assert.Equal(["elisabethkrankenhau"], keys);
    }

    [Fact]
    public void A_word_with_the_noun_inside_or_before_a_short_head_is_not()
    {
        // "Kinobesuch" has the noun at its start, "Ukino" too short a head for a name of its own.
        Assert.Empty(NameCompounds.Closed(new HashSet<string> { "kinobesuch", "ukino", "kino" }, ["Kino"], "de", Names));
    }

    [Fact]
    public void A_compound_the_dictionary_lists_is_a_kind_of_the_noun_not_a_name()
    {
        Assert.Empty(NameCompounds.Closed(new HashSet<string> { "tageszeitung" }, ["Zeitung"], "de", Names));
        Assert.Equal(["wienzeitung"], NameCompounds.Closed(new HashSet<string> { "wienzeitung" }, ["Zeitung"], "de", Names));
    }

    [Fact]
    public void A_noun_place_names_are_made_with_marks_none()
    {
        // "Aus welchem Land …?": "Irland" ends in "land" as any country might; it is no likelier the answer than "Frankreich".
        Assert.Empty(NameCompounds.Closed(new HashSet<string> { "irland", "niederlanden", "ingolstadt" }, ["Land", "Stadt"], "de", Names));
    }
}
