using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, wrong sentences: the answer stands in a sentence that reaches its subject through a pronoun ("Today, this
/// explanation is known as ...", "Heute ist sie ... bekannt"), right after a sentence that restates the question with its
/// words but does not answer it. The pronoun's sentence inherits the words of the sentence before and, adding what is
/// asked, leads. Articles invented; both languages (the German one also led before, through a rule of its own).
/// </summary>
public sealed class AnswerReachedThroughPronounTests : InventedArticlesTest
{
    public AnswerReachedThroughPronounTests()
    {
        Folder.Write("news/fever.txt", """
            Marsh fever in the river towns
            For centuries doctors argued about where the fever of the river towns came from.

            For centuries the town physicians argued about the cause of marsh fever. That the fever was spread by rotting river water became the most widely accepted explanation among them. Today, this explanation is known as the swamp-vapour doctrine. Later studies showed that mosquitoes were to blame.
            """);
        Folder.Write("news/fieber.txt", """
            Sumpffieber in den Flussstädten
            Jahrhundertelang stritten Ärzte darüber, woher das Fieber der Flussstädte kam.

            Jahrhundertelang stritten die Stadtärzte über die Ursache des Sumpffiebers. Dass das Fieber durch faulendes Flusswasser übertragen werde, wurde unter ihnen die am weitesten verbreitete Erklärung. Heute ist sie unter Historikern als Dunstlehre der Flussärzte bekannt. Spätere Studien zeigten, dass Mücken schuld waren.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("What is the rotting water explanation of marsh fever known as today?", "Today, this explanation")]
    [InlineData("Als was ist die Erklärung mit dem faulenden Flusswasser heute bekannt?", "Heute ist sie")]
    public async Task The_sentence_that_refers_back_and_adds_what_is_asked_leads(string question, string lead)
    {
        var answer = await Engine.AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.StartsWith(lead, answer.Text);
    }
}
