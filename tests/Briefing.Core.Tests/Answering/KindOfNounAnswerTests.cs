using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Welche Art von X …?" asks for a kind of X, which an article often gives by no name but by the word describing X in
/// the slot the question leaves open ("dark bread"): that sentence answers (issue 10), not one that restates the
/// question beside a name. Wording invented.
/// </summary>
public sealed class KindOfNounAnswerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("Welche Art von Brot verkauft die Bäckerei am meisten?", "Brot")]
    [InlineData("In welcher Art der Haltung leben die Hühner?", "Haltung")]
    [InlineData("Welche Sorte Äpfel wächst am Bodensee?", "Äpfel")]
    [InlineData("Which type of engine powers the new ferry?", "engine")]
    public void A_word_of_kind_asks_for_the_noun_after_it(string question, string head)
    {
        Assert.Equal(head, AskedHead.Of(question));
    }

    [Fact]
    public void The_word_describing_the_asked_noun_is_a_candidate()
    {
        var kinds = HeadModifiers.In("Die meisten dieser Brote sind dunkle Brote aus Sauerteig.", ["Brot"]).ToList();

        Assert.Contains("dunkle", kinds);
        Assert.DoesNotContain("dieser", kinds);
    }

    [Fact]
    public async Task The_sentence_giving_the_kind_answers_before_one_naming_the_founder()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/bakery.txt", """
            Kornfeld bakery turns fifty
            The Kornfeld bakery in Lindmoor was founded in 1974 by Marta Kornfeld and today also sells cakes. The Kornfeld bakery mainly sells dark bread made with sourdough. Many tourists come in summer.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Which type of bread does the Kornfeld bakery mainly sell?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("dark bread", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
