using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Unanswerable number questions (issue 10, detail) were answered by a figure of another kind than the asked one: a
/// fine or a toll read as a count ("Wie hoch ist die Geldstrafe …?" over "den 18. Erfolg in den jüngsten 22
/// Heimduellen"), a seller's price asked by "charge" read as no unit ("How much will Virgin Radio charge …?" over
/// "about 7.2MB of data"), a speed taken for a length ("Wie lang war die Teststrecke?" over "auf 187 Stundenkilometer
/// beschleunigt"). The asked unit must be the figure's. Invented articles.
/// </summary>
public sealed class UnitOfTheAskedKindTests : InventedArticlesTest
{
    public UnitOfTheAskedKindTests()
    {
        Folder.Write("news/protest.txt", """
            Jagdbefürworter stürmen das Parlament von Kelbach
            Acht Jagdbefürworter sind am Mittwoch in den Sitzungssaal des Parlaments von Kelbach gestürmt und haben die Debatte unterbrochen.
            Die Polizei nahm die acht Männer fest, die Staatsanwaltschaft ermittelt wegen Hausfriedensbruchs.
            Die Abgeordneten setzten die Sitzung nach 22 Minuten fort.
            """);
        Folder.Write("news/strafe.txt", """
            Geldstrafe für Trainer Berger
            Der Trainer des FC Talbach, Martin Berger, muss wegen unsportlichen Verhaltens eine Geldstrafe zahlen.
            Die Geldstrafe für Berger beträgt 2.000 Euro, teilte der Verband am Montag mit.
            """);
        Folder.Write("news/teststrecke.txt", """
            Magnetbahn in Norby erstmals getestet
            Die Firma Lindbahn hat in Norby erstmals ihren Antrieb auf einer eigenen Teststrecke getestet.
            Der Testwagen wurde dabei auf 187 Stundenkilometer beschleunigt, ehe er von einem Sandhaufen gestoppt wurde.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wie hoch ist die Geldstrafe für die acht Jagdbefürworter?")]
    [InlineData("Wie hoch ist die Maut für den Straßentunnel?")]
    [InlineData("Wie hoch ist die Strafe, die beim Betreten der Sperrzone droht?")]
    [InlineData("How much will Virgin Radio charge listeners for its service?")]
    [InlineData("Wie viel verlangt der Student für die Domain?")]
    [InlineData("Wie hoch ist die Pkw-Maut für Ausländer?")]
    [InlineData("Wie hoch ist die Autobahnmaut in Slowenien?")]
    public void A_fine_a_toll_and_a_sellers_price_ask_a_sum(string question) =>
        Assert.Equal(AskedUnit.Measure.Money, AskedUnit.Of(question)?.Kind);

    [Theory]
    // A seller's asking price is a generic price: the answering sentence need not repeat the asking verb ("für 5.000 Euro
    // verkaufen" answers "Wie viel verlangt …?").
    [InlineData("Wie viel verlangt der Student für die Domain?")]
    [InlineData("How much is the radio charging listeners for its service?")]
    public void A_sellers_price_needs_no_verb_of_its_own(string question) =>
        Assert.False(AskedUnit.Of(question)!.HasRole);

    [Theory]
    // What it must not do: English "toll" is a count of the dead, "charges" a list of accusations, and "wie viele
    // Strafen" counts penalties.
    [InlineData("How high was the death toll?")]
    [InlineData("What charges did the banker face?")]
    [InlineData("Wie viele Strafen verhängte der Schiedsrichter?")]
    public void A_count_or_an_accusation_asks_no_sum(string question) =>
        Assert.NotEqual(AskedUnit.Measure.Money, AskedUnit.Of(question)?.Kind);

    [Theory]
    [InlineData("Der Testwagen wurde auf 187 Stundenkilometer beschleunigt.", false)]
    [InlineData("The train reached 120 km/h on the test run.", false)]
    [InlineData("The pod reached 50 miles per hour.", false)]
    [InlineData("Die Halle hat 300 Quadratmeter.", false)]
    [InlineData("The gusts reached 30 m/s.", false)]
    [InlineData("Die Wohnung hat 80 m² Fläche.", false)]
    // What it must not do: a length in any of its units is still one.
    [InlineData("Die Teststrecke ist 500 Meter lang.", true)]
    [InlineData("The track is 1.2km long.", true)]
    [InlineData("Der Zaun ist 20 Kilometer lang.", true)]
    public void A_speed_or_an_area_states_no_length(string sentence, bool stated) =>
        Assert.Equal(stated, MeasureUnits.IsStatedIn(sentence, "length"));

    [Fact]
    public async Task A_fine_no_article_states_is_not_answered_by_other_figures_of_the_event()
    {
        var answer = await Engine.AskAsync("Wie hoch ist die Geldstrafe für die acht Jagdbefürworter, die ins Parlament von Kelbach gestürmt sind?");

        Assert.True(answer.Abstained);
    }

    [Fact]
    public async Task A_fine_the_article_states_is_answered()
    {
        var answer = await Engine.AskAsync("Wie hoch ist die Geldstrafe für Trainer Martin Berger?");

        Assert.False(answer.Abstained);
        Assert.Contains("2.000 Euro", answer.Text);
    }

    [Fact]
    public async Task A_length_is_not_answered_by_a_speed()
    {
        var answer = await Engine.AskAsync("Wie lang war die Teststrecke, auf der Lindbahn in Norby ihren Antrieb getestet hat?");

        Assert.True(answer.Abstained);
    }
}
