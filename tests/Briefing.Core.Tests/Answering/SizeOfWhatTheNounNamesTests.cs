using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Mit wie viel Vorsprung …?", "Wie viel Minus …?", "Wie groß ist die Finanzierungslücke …?": German "wie viel" / "wie
/// groß" before a singular noun asks the size of what it names, which reports give in whatever unit measures it ("23
/// Sekunden vor", "einen Verlust von 41 Millionen Euro"). Read as a count of the noun, the article's figure was "no unit"
/// (its time figure not even a candidate) and the answer was abstained on (issue 10, false abstentions, probes 17-017,
/// 23-001, 23-009). A share is no such size: "um 60 Prozent gestiegen" does not say how much Diesel was sold (train dev-211).
/// </summary>
public sealed class SizeOfWhatTheNounNamesTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        lead /liːd/
        Vorsprung <masc>
        """;

    /// <summary>The articles' common nouns, so that they are not read as names.</summary>
    private const string GermanEnglish = """
        Weltmeister /ˈvɛltmaɪ̯stɐ/ <masc, n, sg>
        world champion <n>
        ---
        Rallye /ˈʁali/ <fem, n, sg>
        rally <n>
        ---
        Vorsprung /ˈfoːɐ̯ʃpʁʊŋ/ <masc, n, sg>
        lead <n>
        ---
        Sekunde /zeˈkʊndə/ <fem, n, sg>
        second <n>
        ---
        Teamkollege /ˈtiːmkɔleːɡə/ <masc, n, sg>
        team-mate <n>
        ---
        Heimsieg /ˈhaɪ̯mziːk/ <masc, n, sg>
        home win <n>
        ---
        Gesamtwertung /ɡəˈzamtveːɐ̯tʊŋ/ <fem, n, sg>
        overall standings <n>
        """;

    public SizeOfWhatTheNounNamesTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/rallye.txt", """
            Weltmeister gewinnt die Lindach-Rallye
            Obernau – Weltmeister Pierre Valmont hat die Lindach-Rallye in Obernau gewonnen. Der 31-jährige Franzose setzte sich am Sonntag 23 Sekunden vor seinem Teamkollegen Jari Koski durch. Für sein Team war es der erste Heimsieg. In der Gesamtwertung baute Valmont seinen Vorsprung aus.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Mit wie viel Vorsprung hat der Weltmeister gewonnen?", true)]
    [InlineData("Wie viel Minus hat die Sparte eingefahren?", true)]
    [InlineData("Wie groß ist die Finanzierungslücke des UNHCR?", true)]
    [InlineData("Wie viele Rennen hat der Weltmeister gewonnen?", false)]
    [InlineData("Wie groß ist das Ärzteteam?", false)]
    [InlineData("How much rain fell in Obernau?", false)]
    [InlineData("Wie viel Geld bekommt die Feuerwehr?", false)]
    public void Wie_viel_or_wie_gross_before_a_noun_asks_its_size(string question, bool open) =>
        Assert.Equal(open, AskedUnit.Of(question)?.OpenMeasure == true);

    [Theory]
    [InlineData("Er setzte sich 23 Sekunden vor seinem Teamkollegen durch.", true)]
    [InlineData("Die Sparte hat einen Verlust von 41 Millionen Euro beschert.", true)]
    [InlineData("Insgesamt fehlt eine halbe Milliarde Dollar.", true)]
    [InlineData("Der Absatz stieg um rund 60 Prozent.", false)]
    [InlineData("Er hat 93 Punkte auf dem Konto.", false)]
    public void Any_figure_with_a_unit_but_a_share_states_the_size(string sentence, bool stated) =>
        Assert.Equal(stated, AskedUnit.Of("Mit wie viel Vorsprung hat der Weltmeister gewonnen?")!.StatesMeasureIn(sentence, _ => false));

    [Theory]
    [InlineData("How large is the plot that the carmaker has approved?", true)]
    [InlineData("How big is the screen of the new phone?", true)]
    [InlineData("How big is the team?", false)]
    [InlineData("How big is the debt of the city?", false)]
    [InlineData("How many plots has the carmaker approved?", false)]
    public void How_big_is_the_thing_asks_its_measure(string question, bool measure) =>
        Assert.Equal(measure, AskedUnit.Of(question) is { Kind: AskedUnit.Measure.Count, MeasuresStuff: true, OpenMeasure: false });

    // English "how large is the plot" is answered by a figure in a unit of measure (probe47-057), not by a count or by a sum
    // of another deal (probe13-072: "How big was the payoff …?" over "floated … for £200m").
    [Theory]
    [InlineData("An official added that the firm had already approved a factory site measuring 250 acres.", "How large is the plot that the carmaker has approved?", true)]
    [InlineData("The firm has approved 250 new jobs at the plant.", "How large is the plot that the carmaker has approved?", false)]
    [InlineData("The retailer floated on the stock exchange for £200m in 1995.", "How big was the payoff the manager got?", false)]
    public void A_figure_in_a_unit_of_measure_states_the_size_of_the_thing(string sentence, string question, bool stated) =>
        Assert.Equal(stated, AskedUnit.Of(question)!.StatesMeasureIn(sentence, _ => true));

    [Fact]
    public async Task A_lead_in_seconds_answers_wie_viel_Vorsprung()
    {
        var answer = await Engine.AskAsync("Mit wie viel Vorsprung hat der Weltmeister die Lindach-Rallye in Obernau gewonnen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("23 Sekunden", answer.Citations[0].Quote);
    }
}
