using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// English reports write a name's letters without their marks ("Soderling", "Jorg") or spell an umlaut out ("Mueller");
/// a German question types them as German does. German's analysis folds both, English's does not: the German question
/// must reach the English report through the unmarked spellings.
/// </summary>
public sealed class NameMarksAcrossLanguagesTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        regatta /rɪɡˈætə/
        Regatta
        ---
        won /wˈʌn/
        gewonnen
        """;

    private const string GermanEnglish = """
        Regatta /ʁeˈɡata/
        regatta
        ---
        gewonnen /ɡəˈvɔnən/
        won
        ---
        Segler /ˈzeːɡlɐ/
        sailor
        """;

    public NameMarksAcrossLanguagesTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/lake.txt", """
            Dramatic finish on Lake Vattern
            The Swedish sailor Linnea Brannstrom won the Vattern regatta on Sunday ahead of Piet Oosterhuis.
            Brannstrom had been third after the first day.
            """);
        Folder.Write("news/kiel.txt", """
            Regatta in Kiel
            Bei der Regatta in Kiel hat am Samstag der Segler Hannes Petersen gewonnen, vor Jan Drews.
            Der Wind war stark, die Regatta wurde zweimal unterbrochen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Brännström", "Brannstrom")]
    [InlineData("Jörgensen", "Jorgensen")]
    [InlineData("Schönbauer", "Schoenbauer")]
    [InlineData("Strauß", "Strauss")]
    [InlineData("Dvořák", "Dvorak")]
    public void A_german_name_is_also_tried_without_its_marks(string name, string expected)
    {
        Assert.Contains(expected, NameTransliterations.Variants(name, "de"));
    }

    [Fact]
    public async Task A_german_question_finds_the_english_report_that_writes_the_name_unmarked()
    {
        var answer = await Engine.AskAsync("Wer hat hinter Linnea Brännström die Regatta am Vättern beendet?");

        Assert.NotEmpty(answer.Citations);
        Assert.Equal("news/lake", answer.Citations[0].ArticleId);
    }
}
