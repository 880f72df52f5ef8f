using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// The sentence that leads a cross-lingual answer: the one holding the asked fact in the article's language,
/// judged with the question's words as the other language writes them.
/// </summary>
public sealed class CrossLingualLeadTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        injured /ˈɪndʒəd/
        verletzt
        ---
        brawl /bɹˈɔːl/
        Schlägerei, Rauferei
        ---
        camp /kˈæmp/
        Lager
        """;

    private const string GermanEnglish = """
        Lager /lˈaːɡɐ/
        camp, store
        """;

    public CrossLingualLeadTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/oberau.txt", """
            Schlägerei im Lager Oberau
            Bei einer Schlägerei im Lager Oberau musste die Polizei am Freitag eingreifen.
            Nach Angaben der Behörden wurden 14 Personen verletzt, zwei davon schwer.
            """);
        Folder.Write("news/unterbach.txt", """
            Neues Lager in Unterbach
            In Unterbach eröffnet ein neues Lager für Baustoffe mit 30 Stellplätzen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_how_many_question_counting_people_is_answered_by_the_german_count_of_persons()
    {
        // "people" is a generic word: never translated, so a German sentence cannot show it. The count is still
        // the answer ("14 Personen"), not a reason to abstain.
        var answer = await Engine.AskAsync("How many people were injured in the brawl at the Oberau camp?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal("news/oberau", answer.Citations[0].ArticleId);
        Assert.Contains("14 Personen", answer.Citations[0].Quote);
    }
}
