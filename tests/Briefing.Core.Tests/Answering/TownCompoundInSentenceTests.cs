using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A German town the dictionary lacks whose name splits into words the index knows ("Offen|burg", "Johannes|burg") is a
/// name in an article's sentence too, as in a question (<see cref="TownCompoundNameTests"/>): towns end in "burg", and a
/// common noun that does is listed ("Hochburg"). Read as a compound noun, "startet am 12. September in Offenburg" named
/// no place, and a "where" question quoted the sentence of another place (issue 10, wrong sentence). A compound whose
/// tail no town ends in ("Kriegsflüchtlingen") stays a noun. Invented articles, no dictionary.
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

    [Fact]
    public void A_compound_in_a_town_ending_is_a_name() =>
        Assert.Contains("Johannesburg", Names.In("Die Show startet in Johannesburg.", "de"));

    [Fact]
    public void A_compound_in_another_ending_stays_a_noun() =>
        Assert.DoesNotContain("Kriegsflüchtlingen", Names.In("Das Lager bietet Kriegsflüchtlingen ein Dach.", "de"));
}
