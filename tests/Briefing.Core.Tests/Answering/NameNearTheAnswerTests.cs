using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// The answering sentence must stand near the question's names (issue 10: false abstentions with the right article
/// ranked first). An article names a person in full once and by the last name after that, so the last name stands for
/// the whole name there; a word of the asker's own that no article writes ("Promiliste") is missing next to every
/// sentence and cannot say which one is near the topic. Fixture articles invented; both languages.
/// </summary>
public sealed class NameNearTheAnswerTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        prize /pɹˈaɪz/
        Preis <masc>
        ---
        money /mˈʌni/
        Geld <neut>
        """;

    private const string GermanEnglish = """
        Anwältin /ˈanˌvɛltɪn/ <fem, n, sg>
        lawyer <n>
        ---
        Architekt /aʁçiˈtɛkt/ <masc, n, sg>
        architect <n>
        ---
        Stadt /ʃtat/ <fem, n, sg>
        town, city <n>
        ---
        Promi /ˈpʁɔmi/ <masc, n, sg>
        celebrity <n>
        ---
        Liste /ˈlɪstə/ <fem, n, sg>
        list <n>
        ---
        Platz /plats/ <masc, n, sg>
        place, rank <n>
        ---
        Sängerin /ˈzɛŋəʁɪn/ <fem, n, sg>
        singer <n>
        """;

    public NameNearTheAnswerTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/bibliothek.txt", """
            Ein Architekt wehrt sich gegen die Verwendung seiner Pläne
            Graz – Jonas Kolbeck hat vor drei Jahren die neue Bibliothek entworfen. Nun hat er entdeckt, dass seine Pläne ohne Erlaubnis für einen Zubau verwendet wurden. Die Stadt weist die Vorwürfe zurück.

            Der Zubau sei eine eigenständige Planung, heißt es im Rathaus. Man habe ihn jahrelang hingehalten, sagt Anwältin Petra Lindner, die Kolbeck vertritt. Ein Urteil wird im Herbst erwartet.
            """);
        Folder.Write("news/sprint.txt", """
            Swede takes the Holmenkollen sprint
            Tomas Ekberg won the sprint at Holmenkollen on Sunday, ahead of two Norwegians. It was his third win of the season.

            The race was held in heavy snow, and the organisers had shortened the course by a kilometre. Ekberg pocketed 12,000 dollars in prize money and a car. He now leads the overall standings.
            """);
        Folder.Write("news/falk.txt", """
            Die Sängerin verdient mehr als je zuvor
            Mira Falk hat im vergangenen Jahr zwei Alben veröffentlicht und ist auf drei Kontinenten aufgetreten.

            Mit ihren Einnahmen gehört sie zu den bestverdienenden Musikerinnen. Ihre Tournee spielte mehr als 80 Millionen Dollar ein. Im Vorjahr landete sie auf Platz 14 der Forbes Celebrity List. Ihr nächstes Album erscheint im Mai.
            """);
        Folder.Write("news/wetter.txt", """
            Schnee in den Alpen
            In den Alpen hat es in der Nacht bis zu einem halben Meter Neuschnee gegeben. Martin Berger vom Wetterdienst erwartet weitere Niederschläge.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_lawyer_of_a_person_the_article_later_calls_by_the_last_name_is_named()
    {
        var answer = await Engine.AskAsync("Welche Anwältin vertritt Jonas Kolbeck?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Petra Lindner", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_prize_money_of_a_winner_the_article_later_calls_by_the_last_name_is_given()
    {
        var answer = await Engine.AskAsync("How much prize money did Tomas Ekberg pocket?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("12,000 dollars", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_compound_of_the_askers_that_no_article_writes_does_not_keep_the_answer_from_leading()
    {
        var answer = await Engine.AskAsync("Auf welchem Platz stand die Sängerin Mira Falk in der Promiliste?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Platz 14", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Someone_else_of_the_same_first_name_still_does_not_answer()
    {
        // The last name stands for the whole name where the article has named it in full: "Jonas Berger" is neither
        // the architect Jonas Kolbeck nor Martin Berger of the weather service.
        var answer = await Engine.AskAsync("Welche Anwältin vertritt den Meteorologen Jonas Berger?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Theory]
    [InlineData("How much prize money did she pocket?", "She pocketed 12,000 euros and a car.")]
    [InlineData("Wie viel Preisgeld bekam sie?", "Sie kassierte 12.000 Euro und ein Auto.")]
    public void A_sum_in_euros_is_a_sum_of_money(string question, string sentence)
    {
        // English writes the plural "euros" as it writes "dollars" and "pounds".
        Assert.True(global::Briefing.Core.Answering.AskedUnit.Of(question)!.IsStatedIn(sentence));
    }
}

/// <summary>
/// <see cref="Briefing.Core.Search.QuestionTerms.ShowsNames"/> on its own: which of the question's names a sentence (with
/// its neighbours and headline) must show, the rarest first. A first name is rarer in an article than the last name it
/// writes again and again, so it weighs more.
/// </summary>
public sealed class ShowsNamesTests
{
    private static readonly Briefing.Core.Tests.Llm.WordTermStatistics Statistics = new();

    private static HashSet<string> Sentence(params string[] terms) => new(terms, StringComparer.Ordinal);

    [Theory]
    [InlineData("Welche Anwältin vertritt Jonas Kolbeck?", "de", "Jonas", "Kolbeck")]
    [InlineData("How much prize money did Tomas Ekberg pocket?", "en", "Tomas", "Ekberg")]
    public void The_last_name_shows_a_name_given_in_full(string question, string language, string first, string last)
    {
        var sentence = Sentence("sagt", "anwältin", "pocketed", "12,000", "vertritt", last.ToLowerInvariant());
        var topic = new HashSet<string>([first, last], StringComparer.OrdinalIgnoreCase);

        var statistics = new Weighted(first.ToLowerInvariant());
        var withNames = Briefing.Core.Search.QuestionTerms.For(question, language, language, [], statistics, topic, [[first, last]]);
        var withoutNames = Briefing.Core.Search.QuestionTerms.For(question, language, language, [], statistics, topic);

        Assert.True(withNames.ShowsNames(0.5, [sentence]));
        Assert.False(withoutNames.ShowsNames(0.5, [sentence]));
        // Someone else's last name stands for no one asked.
        Assert.False(withNames.ShowsNames(0.5, [Sentence("sagt", "vertritt", "berger")]));
    }

    [Theory]
    [InlineData("Auf welchem Platz stand Mira Falk in der Promiliste?", "de", "promiliste")]
    [InlineData("Which rank did Mira Falk reach in the Forbes Celebritylist?", "en", "celebritylist")]
    public void A_name_no_passage_writes_is_not_required_near_the_answer(string question, string language, string unseen)
    {
        var statistics = new UnseenWord(unseen);
        var topic = new HashSet<string>(["Mira", "Falk", unseen], StringComparer.OrdinalIgnoreCase);
        var terms = Briefing.Core.Search.QuestionTerms.For(question, language, language, [], statistics, topic, [["Mira", "Falk"]]);

        Assert.True(terms.ShowsNames(0.5, [Sentence("platz", "14", "mira", "falk")]));
        // A name the passages do write is still required.
        Assert.False(terms.ShowsNames(0.5, [Sentence("platz", "14", "forbes")]));
    }

    /// <summary>Every word weighs 1 but <c>rare</c>, which weighs more.</summary>
    private sealed class Weighted(string rare) : Briefing.Core.Search.ITermStatistics
    {
        public IReadOnlyList<string> AnalyzeTerms(string text, string language) => Statistics.AnalyzeTerms(text, language);
        public double InverseDocumentFrequency(string term, string language) => term == rare ? 3.0 : 1.0;
    }

    /// <summary>Every word occurs in one passage but <c>unseen</c>, which none writes (and which weighs most).</summary>
    private sealed class UnseenWord(string unseen) : Briefing.Core.Search.ITermStatistics
    {
        public IReadOnlyList<string> AnalyzeTerms(string text, string language) => Statistics.AnalyzeTerms(text, language);
        public double InverseDocumentFrequency(string term, string language) => term == unseen ? 5.0 : 1.0;
        public int DocumentFrequency(string term, string language) => term == unseen ? 0 : 1;
    }
}

/// <summary>An acronym spelt like a function or question word ("IS", "US", "WHO") is a name the other language writes as typed.</summary>
public sealed class AcronymLikeFunctionWordTests
{
    private static readonly Briefing.Core.Tests.Llm.WordTermStatistics Statistics = new();

    [Theory]
    [InlineData("Who was the IS leader killed by a US air strike?", "IS", "US")]
    [InlineData("What did the WHO chief say about the US vaccine?", "WHO", "US")]
    public void The_acronym_is_a_name_a_german_sentence_shows_as_typed(string question, string first, string second)
    {
        // The lexicon renders the acronym as some word ("IS" → "west"); the German sentence writes "IS-Chef".
        Briefing.Core.Search.WeightedTerm[] expansions =
        [
            new("west", "de", 0.5f) { Group = $"en:{first}" },
            new("luftangriff", "de", 0.5f) { Group = "en:strike" },
        ];
        var topic = new HashSet<string>([first, second], StringComparer.OrdinalIgnoreCase);
        var terms = Briefing.Core.Search.QuestionTerms.For(question, "en", "de", expansions, Statistics, topic);

        var sentence = new HashSet<string>([first.ToLowerInvariant(), "chef", second.ToLowerInvariant(), "luftangriff"], StringComparer.Ordinal);
        Assert.True(terms.ShowsNames(0.5, [sentence]));
    }
}
