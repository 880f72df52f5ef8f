using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, generalisation: an answer of the expected type must be about the asked thing. The question's names
/// stand near the answering sentence (or in its article's headline), a "how many" count is not a sum of money, a
/// "how much prize money" question wants money, "in which year" a year, "what was the name of" a name; and the
/// places and names the checks rest on are read as written ("Sheffield-based", "South African Carmen").
/// </summary>
public sealed class AskedThingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly EngineFixture _engine;

    public AskedThingTests()
    {
        _engine = new EngineFixture(_folder);
        _folder.Write("news/chess.txt", """
            Chess program Kasparo wins series
            The chess program Kasparo beat the champion Ole Berg in Lindholm on Saturday, winning the third of five games.
            Berg resigned after four hours and apologised to his fans.
            Experts had thought the game too complex for computers until recently.
            The programmers trained the software on millions of games by strong human players.
            It keeps learning from its own games, its makers say.
            In October the program had already beaten the amateur Tim Mahler by five games to none.
            The remaining games against Berg will be played on Sunday and Tuesday.
            """);
        _folder.Write("news/gala.txt", """
            Charity gala in Nordhafen raises money
            The charity gala in Nordhafen, attended by many people from the region, raised $750,000 for the children's hospital, organisers said.
            Tickets had been sold out weeks before the evening.
            """);
        _folder.Write("news/festival.txt", """
            Lindholm cheers for drama about a lighthouse keeper
            The drama The Last Keeper is one of three films vying for the top prize at the Lindholm festival.
            Director Anna Voss said she had spent years researching the life of the keeper.
            """);
        _folder.Write("news/orchestra.txt", """
            Conductor Erik Dahl dies
            The conductor Erik Dahl, who led the Nordhafen orchestra for decades, has died, his family announced on Tuesday.
            Dahl had recorded more than forty albums with the orchestra.
            """);
        _folder.Write("news/ferry.txt", """
            Ferry captain praised after storm
            The ferry's captain, Jonas Berglund, brought all 300 passengers safely into port during the storm.
            """);
        _folder.Write("news/steel.txt", """
            Ore costs weigh on steelmakers
            Steelmakers' shares fell after iron ore suppliers won a large price rise.
            Analyst Peter Fish, director of the Sheffield-based consultancy Meridia, said the rise was without precedent.
            """);
        _folder.Write("news/opera.txt", """
            Opera film premieres at Lindholm festival
            A South African film version of the opera Carmen, shot in Cape Town in the Xhosa language, premiered at the festival.
            It is performed by a troupe of forty singers and actors.
            """);
        _engine.IngestAsync(_folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_place_stated_far_from_the_questions_name_does_not_answer_where_it_happened()
    {
        var answer = await _engine.AskAsync("Where did Kasparo play its games against Tim Mahler?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task The_place_next_to_the_questions_name_answers_where_it_happened()
    {
        var answer = await _engine.AskAsync("Where did Kasparo beat Ole Berg?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Lindholm", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_sum_of_money_does_not_answer_how_many_people()
    {
        var answer = await _engine.AskAsync("How many people attended the charity gala in Nordhafen?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task Prize_money_is_money_so_a_count_of_films_does_not_answer_it()
    {
        var answer = await _engine.AskAsync("How much prize money did The Last Keeper win at the Lindholm festival?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task In_which_year_is_not_answered_by_a_weekday()
    {
        var answer = await _engine.AskAsync("In which year did Erik Dahl start leading the Nordhafen orchestra?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task What_was_the_name_of_someone_the_article_names_is_answered_with_the_name()
    {
        var answer = await _engine.AskAsync("What was the name of the ferry captain in the storm?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Jonas Berglund", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_place_written_as_based_answers_where_a_company_is_based()
    {
        var answer = await _engine.AskAsync("Where is the consultancy Meridia based?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Sheffield-based", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_peoples_adjective_before_a_name_is_no_part_of_the_name()
    {
        var answer = await _engine.AskAsync("Which language is the South African Carmen film performed in?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Xhosa", answer.Citations[0].Quote);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }
}

/// <summary>"Wie hieß ...?" asks for a name: a sentence with only places and common nouns does not answer it.</summary>
public sealed class NameQuestionTests : IDisposable
{
    private const string EnglishGerman = """
        pensioner /pˈɛnʃənə/
        Pensionist
        """;

    /// <summary>The fixture's German nouns, so that they are common words and not names; Donau and Wien are places.</summary>
    private const string GermanEnglish = """
        Pensionist /panzi̯oˈnɪst/
        pensioner
        ---
        Badeunfall
        swimming accident
        ---
        Rettung
        rescue
        ---
        Angabe
        detail
        ---
        Angaben
        details
        ---
        Identität
        identity
        ---
        Mann
        man
        ---
        Mannes
        man
        ---
        Kapitän
        captain
        ---
        Fähre
        ferry
        ---
        Sturm
        storm
        ---
        Leben
        life
        ---
        Stunde
        hour
        ---
        Passagiere
        passengers
        ---
        Hafen
        harbour
        ---
        Donau
        Danube
        ---
        Wien
        Vienna
        """;

    private readonly TempFolder _folder = new();
    private readonly EngineFixture _engine;

    public NameQuestionTests()
    {
        _engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/donau.txt", """
            Pensionist in der Donau ertrunken
            Bei einem Badeunfall in der Donau in Wien ist am Freitag ein Pensionist ums Leben gekommen.
            Die Rettung versuchte eine halbe Stunde lang vergeblich, ihn wiederzubeleben.
            Angaben zur Identität des Mannes lagen zunächst nicht vor.
            """);
        _folder.Write("news/faehre.txt", """
            Kapitän der Fähre gelobt
            Der Kapitän der Fähre, Jonas Berglund, brachte im Sturm alle 300 Passagiere sicher in den Hafen.
            """);
        _engine.IngestAsync(_folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Wie_hiess_about_someone_the_article_does_not_name_is_an_abstention()
    {
        var answer = await _engine.AskAsync("Wie hieß der Pensionist, der in der Donau in Wien ertrunken ist?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task Wie_hiess_about_someone_the_article_names_is_answered_with_the_name()
    {
        var answer = await _engine.AskAsync("Wie hieß der Kapitän der Fähre im Sturm?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Jonas Berglund", answer.Citations[0].Quote);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }
}
