using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie viele Arbeitsplätze …?" over "12.000 neue Jobs" (issue 10, false abstentions): German news borrows the English
/// word for the asked noun, which the dictionary gives only as its translation. The sentence showed no counted noun and its
/// figure counted "other things" ("no relevant sentence holds a new Number").
/// </summary>
public sealed class BorrowedCountedNounTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        jobs /dʒˈɒbz/
        Arbeitsplätze <pl>, Stellen <pl>
        ---
        factory /fˈæktəɹi/
        Fabrik <fem>, Werk <neut>
        """;

    private const string GermanEnglish = """
        Arbeitsplätze /ˈaʁbaɪ̯tsˌplɛt͡sə/ <pl>
        jobs, workplaces
        ---
        Werk /vɛʁk/ <neut>
        factory, plant, work
        """;

    public BorrowedCountedNounTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/werk.txt", """
            Neues Batteriewerk in Steyr
            Der Autozulieferer Voltana baut ein Batteriewerk in Steyr und investiert dafür 300 Millionen Euro.
            Bis 2027 sollen in dem Werk 1.200 neue Jobs entstehen.
            Der Bau beginnt im Frühjahr, sagte Voltana-Chefin Ulrike Brandl am Montag.
            """);
        // An English article writes "jobs", so the dictionary's rendering of "Arbeitsplätze" is a word of the index.
        Folder.Write("news/mill.txt", """
            Paper mill to close
            The paper mill in Kendal will close in June, its owner said on Friday, and about 90 jobs will go.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Jobs_are_the_asked_Arbeitsplätze()
    {
        var answer = await Engine.AskAsync("Wie viele Arbeitsplätze sollen im Batteriewerk von Voltana in Steyr entstehen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("1.200 neue Jobs", answer.Citations[0].Quote);
    }
}
