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

    [Fact]
    public async Task A_lead_in_seconds_answers_wie_viel_Vorsprung()
    {
        var answer = await Engine.AskAsync("Mit wie viel Vorsprung hat der Weltmeister die Lindach-Rallye in Obernau gewonnen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("23 Sekunden", answer.Citations[0].Quote);
    }
}
