using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie viele Beschäftigte ...?" over an English report that counts the airline's "staff" (issue 10, false abstentions):
/// the dictionary renders the asked person noun by a few English words ("employees"), not by every one an article uses,
/// so in the other language any person noun the sentence names may be the asked one. It abstained ("no relevant sentence
/// holds a new Number": the sentence did not show the counted noun).
/// </summary>
public sealed class PersonNounCountedAcrossLanguagesTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        airline /ˈɛəlaɪn/
        Fluglinie <fem>, Fluggesellschaft <fem>
        ---
        employee /ɛmplˈɔɪiː/
        Beschäftigte <fem>, Angestellte <fem>
        """;

    private const string GermanEnglish = """
        Beschäftigte /bəʃˈɛftɪçtə/ <fem>
        employee, employees
        ---
        Fluglinie /flˈuːkliːniə/ <fem>
        airline
        ---
        Lohnkürzung /lˈoːnkʏɐ̯tsʊŋ/ <fem>
        wage cut
        """;

    public PersonNounCountedAcrossLanguagesTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/skyway.txt", """
            Skyway attendants accept pay deal
            Flight attendants at the insolvent US airline Skyway have agreed to wage cuts of nearly 10%.
            More than two thirds of its 28,000 staff have now accepted wage cuts.
            The airline hopes to leave bankruptcy protection by the summer.
            """);
        // An English article writes "employees", so the dictionary's rendering of "Beschäftigte" is a word of the index.
        Folder.Write("news/rail.txt", """
            Rail firm plans new timetable
            The rail operator Northline will add twelve trains a day on its coastal route from May, it said on Tuesday.
            A union of the firm's employees welcomed the plan.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Staff_are_the_asked_Beschäftigte()
    {
        var answer = await Engine.AskAsync("Wie viele Beschäftigte hat die insolvente Fluglinie Skyway insgesamt?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("28,000 staff", answer.Citations[0].Quote);
    }
}
