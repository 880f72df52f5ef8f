using Briefing.Core.Answering;
using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, a cross-lingual how-many abstention: "How many Palestinians had been killed since the start of October?"
/// over a German report whose figure sentence is "... 155 Palästinenser getötet". The first-ranked article's figure
/// sentence answers only when it names no party of its own, and "Palästinenser" read as one: it is the question's own
/// word, translated. The article is invented.
/// </summary>
public sealed class FigureNamingTheAskedPeopleTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        Palestinian /pæləˈstɪniən/
        Palästinenser <masc>
        ---
        stabbing /ˈstæbɪŋ/
        Messerangriff <masc>
        ---
        settlement /ˈsɛtəlmənt/
        Siedlung <fem>
        ---
        October /ɒkˈtəʊbə/
        Oktober <masc>
        ---
        start /stɑːt/
        Anfang <masc>
        ---
        kill /kɪl/
        töten
        """;

    private const string GermanEnglish = """
        Palästinenser /palɛsˈtiːnɛnzɐ/ <masc>
        Palestinian
        ---
        Messerangriff /ˈmɛsɐˌʔanɡʁɪf/ <masc>
        stabbing
        ---
        Siedlung /ˈziːdlʊŋ/ <fem>
        settlement
        ---
        Oktober /ɔkˈtoːbɐ/ <masc>
        October
        ---
        Anfang /ˈanfaŋ/ <masc>
        start, beginning
        ---
        töten /ˈtøːtn̩/
        kill
        """;

    public FigureNamingTheAskedPeopleTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/siedlung.txt", """
            Messerangriff in der Siedlung Karmelim
            Jerusalem. Bei einem Messerangriff in der Siedlung Karmelim im Westjordanland ist am Montag eine Frau schwer verletzt worden. Der Angreifer wurde von einem Wachmann erschossen, teilte die Armee mit. Die Frau wurde in ein Krankenhaus gebracht. Ärzte sprachen von schweren Verletzungen am Hals. Die Polizei sperrte die Zufahrt für mehrere Stunden. Anwohner berichteten von Schüssen am frühen Morgen. Der Bürgermeister rief zur Ruhe auf.

            Seit Anfang Oktober kam es immer wieder zu solchen Angriffen. Dabei wurden mehr als 20 Menschen getötet. Die Lage gilt als angespannt. Beobachter befürchten eine weitere Eskalation. Im gleichen Zeitraum wurden bei diesen Zwischenfällen und bei Protestaktionen 155 Palästinenser getötet.
            """);
        Folder.Write("news/markt.txt", """
            Neuer Markt in Haifa
            Haifa. In der Hafenstadt hat am Sonntag ein neuer Wochenmarkt eröffnet.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_figure_sentence_answers_though_it_writes_the_asked_people_in_the_other_language()
    {
        var answer = await Engine.AskAsync(
            "According to the report on the stabbing in the Karmelim settlement, how many Palestinians had been killed since the start of October?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("155 Palästinenser", answer.Citations[0].Quote);
    }

    [Fact]
    public void The_question_owns_its_word_translated_and_inflected_but_not_another_party()
    {
        const string question = "How many Palestinians had been killed since the start of October?";
        var expansions = Engine.Services.GetRequiredService<LexiconQueryExpander>().Expand(question, "en");
        var own = QuestionOwnWords.Of(question, "en", expansions);

        Assert.True(own.Holds("Palästinenser", "de"));
        Assert.True(own.Holds("Palestinian", "en"));
        Assert.False(own.Holds("Israelis", "en"));
        Assert.False(own.Holds("Jerusalem", "de"));
    }
}
