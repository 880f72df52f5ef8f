using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, how many / how much false abstentions whose answer gives the figure in a unit of measure the question does
/// not name: a count of data in bytes ("12,5 Gigabyte an Daten" for "Wie viele Daten …?"), a temperature by the scale's
/// letter ("minus 20C"). Read as a count of the noun, or without the letter, no sentence showed the asked unit. Figures
/// in a unit with no word of the asked thing still do not answer.
/// Invented articles.
/// </summary>
public sealed class FigureInTheAskedUnitTests : InventedArticlesTest
{
    public FigureInTheAskedUnitTests()
    {
        Folder.Write("news/hack.txt", """
            Hackerangriff auf das Landesamt in Kelbach
            Unbekannte Angreifer sind im Frühjahr in das Netz des Landesamts für Statistik in Kelbach eingedrungen. Bis Ende März hatten die Täter bereits 12,5 Gigabyte an Daten vom Landesamt erbeutet, teilte die Behörde am Montag mit. Die Ermittler vermuten einen ausländischen Geheimdienst.
            """);
        Folder.Write("news/forum.txt", """
            Delegates brave the cold at the Talbach forum
            The snow is piled high across the mountain village of Talbach, where the Alpine Economic Forum opens on Wednesday. At night the wind chill takes temperatures down to minus 20C and less, organisers warned the 2,000 delegates.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Bis Ende März hatten die Täter bereits 12,5 Gigabyte an Daten erbeutet.", true)]
    [InlineData("Das Werk stellt jährlich 30 Tonnen Kartoffeln her.", true)]
    [InlineData("In den folgenden Wochen kamen noch einmal 3,5 Gigabyte dazu.", false)]
    [InlineData("Er hat 75 Milligramm Aspirin genommen.", false)]
    public void A_unit_of_measure_names_what_it_measures_after_it(string sentence, bool named) =>
        Assert.Equal(named, MeasureUnits.MeasuresNamed(sentence, noun => noun is "Daten" or "Kartoffeln"));

    [Fact]
    public async Task Data_given_in_gigabytes_answers_how_many_data()
    {
        var answer = await Engine.AskAsync("Wie viele Daten hatten die Angreifer beim Landesamt für Statistik in Kelbach bis Ende März erbeutet?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("12,5 Gigabyte", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("At night the wind chill takes temperatures down to minus 20C and less.", true)]
    [InlineData("Temperatures reached 95F in the shade.", true)]
    [InlineData("The C-class car costs 20 Cents more.", false)]
    public void The_scale_letter_states_a_temperature(string sentence, bool stated) =>
        Assert.Equal(stated, MeasureUnits.IsStatedIn(sentence, "temperature"));

    [Fact]
    public async Task Minus_20C_answers_how_cold_it_gets()
    {
        var answer = await Engine.AskAsync("How cold does it get at night in Talbach during the Alpine Economic Forum?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("minus 20C", answer.Citations[0].Quote);
    }
}
