using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, an English question for a person's name answered by a German report: the sentence that tells the asked
/// event of "ein zwölfjähriger Bub" and names only a temple and a news agency does not give his name, though it writes
/// none of the question's words for the check to find; the report that names him ("der zwölfjährige Ravi Kumar") still
/// answers. Invented articles.
/// </summary>
public sealed class PersonNamedInOtherLanguageTests : IDisposable
{
    // FreeDict lists these words, so the German report's common nouns ("Rückfahrt", "Tempel", "Nachrichtenagentur")
    // are read as nouns, not as names of the boy, as in production.
    private const string EnglishGerman = """
        boy /x/
        Bub <masc>
        Junge <masc>
        ---
        survive /x/
        überleben <v>
        ---
        bus /x/
        Bus <masc>
        ---
        accident /x/
        Unglück <neut>
        """;

    private const string GermanEnglish = """
        Bub /x/ <masc, n, sg>
        boy <n>
        ---
        überleben /x/ <v>
        survive <v>
        ---
        Überlebender /x/ <masc, n, sg>
        survivor <n>
        ---
        Bus /x/ <masc, n, sg>
        bus <n>
        ---
        Unglück /x/ <neut, n, sg>
        accident <n>
        ---
        einzig /x/ <adj>
        only <adj>
        ---
        Pilger /x/ <masc, n, sg>
        pilgrim <n>
        ---
        Leben /x/ <neut, n, sg>
        life <n>
        ---
        Rückfahrt /x/ <fem, n, sg>
        return journey <n>
        ---
        Tempel /x/ <masc, n, sg>
        temple <n>
        ---
        Nachrichtenagentur /x/ <fem, n, sg>
        news agency <n>
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_report_that_tells_of_the_boy_unnamed_does_not_answer()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/bus.txt", """
            Bus stürzte bei Kurnool in einen Fluss
            Kurnool – Bei einem Busunglück nahe Kurnool sind am Samstag 21 Pilger ums Leben gekommen. Einziger Überlebender des Unglücks auf der Rückfahrt vom Tirupati-Tirumala-Tempel bei Kurnool war ein zwölfjähriger Bub, wie die Nachrichtenagentur PTI berichtete.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("What was the name of the twelve-year-old boy who survived the bus accident near Kurnool?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task A_report_that_names_the_boy_answers()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/bus.txt", """
            Bus stürzte bei Kurnool in einen Fluss
            Kurnool – Bei einem Busunglück nahe Kurnool sind am Samstag 21 Pilger ums Leben gekommen. Einziger Überlebender des Unglücks auf der Rückfahrt vom Tirupati-Tirumala-Tempel bei Kurnool war der zwölfjährige Ravi Kumar, wie die Nachrichtenagentur PTI berichtete.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("What was the name of the twelve-year-old boy who survived the bus accident near Kurnool?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Ravi Kumar"));
    }

    [Fact]
    public async Task A_report_that_names_the_boy_by_a_double_name_answers()
    {
        // "Ravi-Shankar" is a chain of names, not a name written into a compound noun as "Tirupati" of the temple.
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/bus.txt", """
            Bus stürzte bei Kurnool in einen Fluss
            Kurnool – Bei einem Busunglück nahe Kurnool sind am Samstag 21 Pilger ums Leben gekommen. Einziger Überlebender des Unglücks auf der Rückfahrt vom Tirupati-Tirumala-Tempel bei Kurnool war der zwölfjährige Ravi-Shankar Kumar, wie die Nachrichtenagentur PTI berichtete.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("What was the name of the twelve-year-old boy who survived the bus accident near Kurnool?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Ravi-Shankar Kumar"));
    }

    public void Dispose() => _folder.Dispose();
}
