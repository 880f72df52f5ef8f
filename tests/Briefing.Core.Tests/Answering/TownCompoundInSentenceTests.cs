using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A German town the dictionary lacks whose name splits into words the index knows ("Offen|burg", "Johannes|burg",
/// "Ober|hausen") is a name in an article's sentence where a preposition of place stands right before it, as in a
/// question (<see cref="TownCompoundNameTests"/>). Read as a compound noun, "startet am 12. September in Offenburg" named
/// no place, and a "where" question quoted the sentence of another place (issue 10, wrong sentence). Elsewhere a compound
/// in a town ending is the noun it reads as ("eine Sandburg", "im Feriendorf"), and so is one whose last part only ends
/// as towns do ("von Kriegsflüchtlingen": Flüchtling). Invented articles, no dictionary
/// (<see cref="TownCompoundListedNounTests"/> has one).
/// </summary>
public sealed class TownCompoundInSentenceTests : InventedArticlesTest
{
    public TownCompoundInSentenceTests()
    {
        Folder.Write("news/stadlshow.txt", """
            Neue Stadlshow vorgestellt
            Wien – Die neue Volksmusiksendung Stadlshow wurde am Dienstag in Wien den Journalisten vorgestellt.
            Die erste Stadlshow startet am 12. September in Johannesburg.
            """);
        // The index knows the parts of "Johannesburg" and "Kriegsflüchtlingen", so the splitter reads both as compounds.
        Folder.Write("news/burg.txt", """
            Alte Burg wieder offen
            Die alte Burg am Fluss ist seit Montag wieder offen. Johann Berger führt die Besucher durch die Burg.
            """);
        Folder.Write("news/lager.txt", """
            Neues Lager an der Grenze
            Das neue Lager an der Grenze nimmt seit Montag Flüchtlinge auf. Viele Flüchtlinge kamen aus dem Krieg.
            """);
        // The index knows "ober", "haus", "kirch", "sand", "ferien" and "dorf": the parts of the towns and nouns below.
        Folder.Write("news/ferien.txt", """
            Ferien am Meer
            Der Ober bringt den Kaffee ins Haus an der Kirche. Im Dorf liegt feiner Sand, und in den Ferien kommen viele Gäste.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private NameDetector Names => Engine.Services.GetRequiredService<NameDetector>();

    [Fact]
    public async Task Eine_Stadt_auf_burg_beantwortet_wo()
    {
        var reply = await Engine.AskAsync("Wo startet die erste Stadlshow?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("Johannesburg", reply.Citations[0].Quote);
    }

    /// <summary>"hausen" and "kirchen" too, though the index's analysed tail of the compound is "haus" or "kirch".</summary>
    [Theory]
    [InlineData("Johannesburg")]
    [InlineData("Oberhausen")]
    [InlineData("Oberkirchen")]
    public void A_compound_in_a_town_ending_after_a_preposition_of_place_is_a_name(string town) =>
        Assert.Contains(town, Names.In($"Die Show startet in {town}.", "de"));

    [Theory]
    [InlineData("Die Kinder bauen eine Sandburg am Strand.", "Sandburg")]
    [InlineData("Die Gäste wohnen im Feriendorf am See.", "Feriendorf")]
    [InlineData("Das Feriendorf öffnet im Mai.", "Feriendorf")]
    public void A_compound_in_a_town_ending_elsewhere_stays_a_noun(string sentence, string noun) =>
        Assert.DoesNotContain(noun, Names.In(sentence, "de"));

    [Theory]
    [InlineData("Das Lager bietet Kriegsflüchtlingen ein Dach.")]
    [InlineData("Das Lager lebt von Kriegsflüchtlingen aus dem Süden.")]
    public void A_compound_whose_last_part_only_ends_as_towns_do_stays_a_noun(string sentence) =>
        Assert.DoesNotContain("Kriegsflüchtlingen", Names.In(sentence, "de"));
}
