using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A German town the dictionary lacks whose parts it lists ("Klagenfurt": Klagen + Furt) is a name, not a compound noun:
/// its ending is one towns are made with. Read as a noun, it was no detail of "Wer hat den Ironman in Klagenfurt
/// gewonnen?", and an article about a race in another town answered it (issue 10, unanswerables answered).
/// </summary>
public sealed class TownCompoundNameTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        win /wɪn/
        gewinnen <v>
        """;

    private const string GermanEnglish = """
        Klagen /ˈklaːɡn̩/ <n, pl>
        complaints <n>
        ---
        Furt /fʊʁt/ <fem, n, sg>
        ford <n>
        ---
        Bürger /ˈbʏʁɡɐ/ <masc, n, sg>
        citizen <n>
        ---
        Amt /amt/ <neut, n, sg>
        office <n>
        ---
        gewinnen /ɡəˈvɪnən/ <v>
        win <v>
        """;

    public TownCompoundNameTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/triathlon.txt", """
            Hopfenthaler gewinnt Triathlon in Seewalden
            Seewalden – Der Steirer Lorenz Hopfenthaler hat am Sonntag den Triathlon in Seewalden gewonnen.
            Hopfenthaler kam nach acht Stunden und zwölf Minuten ins Ziel, vor dem Kärntner Anton Rieger.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private NameDetector Names => Engine.Services.GetRequiredService<NameDetector>();

    [Fact]
    public void A_compound_of_listed_words_in_a_town_ending_is_a_name() =>
        Assert.True(Names.IsNameInQuestion("Klagenfurt", "de"));

    [Fact]
    public void A_compound_of_listed_words_in_another_ending_stays_a_noun() =>
        Assert.False(Names.IsNameInQuestion("Bürgeramt", "de"));

    [Fact]
    public async Task A_question_about_the_race_in_a_town_no_article_names_is_not_answered()
    {
        var answer = await Engine.AskAsync("Wer hat den Triathlon in Klagenfurt gewonnen?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task The_question_about_the_town_the_article_names_is_answered()
    {
        var answer = await Engine.AskAsync("Wer hat den Triathlon in Seewalden gewonnen?");

        Assert.False(answer.Abstained, answer.Text);
    }
}
