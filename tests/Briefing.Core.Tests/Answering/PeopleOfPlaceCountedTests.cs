using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How many people in Britain live with a hand tremor?" is answered by "About three million Britons have some
/// sort of hand tremor condition", "Wie viele Menschen wurden verletzt?" by "bei dem zwei Palästinenser verletzt wurden":
/// news counts people by where they are from as often as by what they do. The figure's noun was no listed person noun,
/// so the sentence's figure was read as counting other things and the bot abstained although the article answers
/// (issue 10, false abstentions). The dictionary tells a place's people: it lists them with a capitalised translation
/// (PeopleWords.NamesPeopleOfPlace). A place before the counted noun ("zwölf London Schulen") counts no people; a vague
/// figure ("Tausende Palästinenser") and a count asked by a person noun ("Verletzte") are not answered by them.
/// </summary>
public sealed class PeopleOfPlaceCountedTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        Briton /bɹˈɪtən/
        Brite <masc>, Britin <fem> [soc.]
        ---
        Britons /bɹˈɪtənz/
        die Briten
        ---
        London /lˈʌndən/
        London <neut>
        ---
        tremor /tɹˈɛmɚ/
        Zittern <neut>
        """;

    private const string GermanEnglish = """
        Brite /bɾˈiːtə/ <masc, n, sg>
        Briton <n>
        ---
        Palästinenser /pˈɑlɛstˌiːnɛnzɜ/ <masc, n, sg>
        Palestinian <n>
        ---
        Luftangriff /lˈʊftʔanɡʁɪf/ <masc, n, sg>
        air strike
        ---
        Schule /ʃˈuːlə/ <fem, n, sg>
        school
        ---
        Menschen /mˈɛnʃən/ <pl>
        people
        ---
        Lager /lˈaːɡɐ/ <neut, n, sg>
        camp
        """;

    public PeopleOfPlaceCountedTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/tremor.txt", """
            Mouse adaptor steadies shaking hands
            A special adaptor that helps people with hand tremors control a computer mouse has been developed by engineers in Reading. About three million Britons have some sort of hand tremor condition, said the National Tremor Foundation.
            """);
        Folder.Write("news/gaza.txt", """
            Israel fliegt Luftangriff auf Lager im Gazastreifen
            Nach einem Raketenangriff hat die israelische Armee einen Luftangriff auf ein Lager im Gazastreifen geflogen, bei dem zwei Palästinenser verletzt wurden. Die Armee sprach von einer Antwort auf den Beschuss.
            """);
        Folder.Write("news/schulen.txt", """
            Londoner Schulprogramm wächst
            Am Programm für gesünderes Essen nehmen nun zwölf London Schulen teil, teilte die Stadtverwaltung mit. Das Programm startete im Herbst.
            """);
        Folder.Write("news/ramallah.txt", """
            Proteste in Ramallah
            Tausende Palästinenser protestierten am Freitag in Ramallah gegen die neuen Straßensperren.
            """);
        Folder.Write("news/hebron.txt", """
            Anschlag in Hebron
            Bei dem Anschlag auf den Markt in Hebron gab es acht getötete Palästinenser, teilte die Polizei mit.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_count_of_people_is_answered_by_a_figure_of_a_places_people()
    {
        var answer = await Engine.AskAsync("How many people in Britain live with a hand tremor, according to the National Tremor Foundation?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("three million Britons", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_German_count_of_people_is_answered_by_a_figure_of_a_places_people()
    {
        var answer = await Engine.AskAsync("Wie viele Menschen wurden bei dem Luftangriff im Gazastreifen verletzt?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("zwei Palästinenser", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_place_before_the_counted_noun_counts_no_people()
    {
        var answer = await Engine.AskAsync("Wie viele Menschen nehmen am Londoner Programm für gesünderes Essen teil?");

        Assert.True(answer.Abstained, answer.Text);
    }

    /// <summary>A vague figure of a place's people ("Tausende Palästinenser") is no count.</summary>
    [Fact]
    public async Task A_vague_figure_of_a_places_people_answers_no_count()
    {
        var answer = await Engine.AskAsync("Wie viele Menschen protestierten in Ramallah gegen die Straßensperren?");

        Assert.True(answer.Abstained, answer.Text);
    }

    /// <summary>A count asked by a person noun ("Verletzte") is not answered by a figure of a place's people in another role.</summary>
    [Fact]
    public async Task A_count_asked_by_a_person_noun_is_not_answered_by_a_places_people()
    {
        var answer = await Engine.AskAsync("Wie viele Verletzte gab es bei dem Anschlag auf den Markt in Hebron?");

        Assert.DoesNotContain("acht", answer.Abstained ? "" : answer.Text);
    }
}
