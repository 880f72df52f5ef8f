using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, "why" questions answered by the right article's wrong sentence: the cause said of the asked person before
/// another person's cause in the same article; a wish someone gave for their decision ("said she wanted to ..."); a
/// cause named as such ("Als Motiv ... gab er ... an", "Als Grund nannte ...") in words that share nothing with the
/// question, before the lede that restates it. Invented articles.
/// </summary>
public sealed class CauseOfTheAskedPersonTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private Task<Answer> AskOver(string article, string question) => OneArticleQuestion.AskAsync(_folder, article, question);

    [Fact]
    public async Task The_cause_said_of_the_asked_person_leads()
    {
        var answer = await AskOver("""
            Singers record charity song for flood victims
            Rapper Ollie Brandt and folk singer Mara Quill have recorded a charity song for flood victims. Quill said she joined the charity song after seeing the damage in her home valley last spring. Brandt got involved after his grandparents lost their farm in the floods. The single is released on Friday.
            """, "Why did Ollie Brandt join the charity song?");

        Assert.False(answer.Abstained);
        Assert.Contains("grandparents", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_wish_given_for_a_decision_answers_why()
    {
        var answer = await AskOver("""
            Presenter quits morning quiz show
            Nina Holt has quit as presenter of the morning quiz show Brainstorm after eight years. The 34-year-old presenter said she wanted to spend more time writing children's books. The broadcaster will name a successor next month.
            """, "Why is Nina Holt quitting as presenter of Brainstorm?");

        Assert.False(answer.Abstained);
        Assert.Contains("children's books", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("Als Motiv für die wilde Fahrt gab der Lenker bei der Einvernahme Streit mit seiner Freundin an.")]
    [InlineData("Als Grund nannte der Lenker bei der Einvernahme einen Streit mit seiner Freundin.")]
    public async Task A_cause_named_as_such_answers_before_the_restating_lede(string cause)
    {
        var answer = await AskOver($"""
            Raser mit 140 km/h durch Hallein gestoppt
            Hallein – Ein 24-jähriger Autofahrer ist in der Nacht auf Sonntag mit 140 km/h durch das Ortsgebiet von Hallein gerast. Eine Streife konnte den Wagen kurz vor der Autobahn anhalten. {cause} Der Führerschein wurde ihm abgenommen.
            """, "Warum ist der Autofahrer mit 140 km/h durch Hallein gerast?");

        Assert.False(answer.Abstained);
        Assert.Contains("Freundin", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
