using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A model's designation ("C30", "A380") is one name word with its digits: the question's "Norvik K40" is shown by
/// an article that writes "the K40 ... Norvik", as it would be by "Volvo C30" written "C30 ... Volvo". Read as the
/// letters only, the name "Norvik K" was required of the article, which never writes it (issue 10, false abstentions).
/// Another model of the same maker is still another name.
/// </summary>
public sealed class ModelDesignationNameTests : InventedArticlesTest
{
    public ModelDesignationNameTests()
    {
        Folder.Write("news/elektro.txt", """
            Norvik stellt Elektroauto ein
            Der schwedische Hersteller beendet sein erstes Elektroprojekt. Vom elektrischen K40, dem bisher einzigen vollelektrischen Norvik, wurden lediglich 180 Stück gebaut. Ein Nachfolger ist für 2019 geplant.
            """);
        Folder.Write("news/hydrogen.txt", """
            Hydrogen plane grounded
            The maker ends its first hydrogen project. Only 75 of the hydrogen-powered T90, the only Aerona plane of its kind, were ever built. A successor is planned for 2019.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_German_question_names_the_model_the_article_writes_apart_from_its_maker()
    {
        var answer = await Engine.AskAsync("Wie viele Stück vom elektrischen Norvik K40 gibt es überhaupt?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("180 Stück", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task An_English_question_names_the_model_the_article_writes_apart_from_its_maker()
    {
        var answer = await Engine.AskAsync("How many Aerona T90 planes were built?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Only 75", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("Wie viele Stück vom elektrischen Norvik K50 gibt es überhaupt?")]
    [InlineData("How many Aerona T95 planes were built?")]
    public async Task Another_model_of_the_maker_is_not_answered(string question)
    {
        var answer = await Engine.AskAsync(question);

        Assert.True(answer.Abstained, answer.Text);
    }
}
