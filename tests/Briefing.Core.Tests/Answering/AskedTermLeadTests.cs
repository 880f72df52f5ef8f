using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, the asked fact first: a question for what something is called ("What is the term for …?", "Wie werden …
/// bezeichnet?") is answered by the sentence that names the term ("wird als Schlepper bezeichnet", "is called a
/// composite number", a quoted term), not by the one that describes the thing in the question's own words and so covers it best
/// (XQuAD: "6 is composite because …" led "What are numbers … called?" over "… is called a composite number").
/// </summary>
public sealed class AskedTermLeadTests : InventedArticlesTest
{
    public AskedTermLeadTests()
    {
        Folder.Write("news/hafen.txt", """
            Neue Boote für den Hafen von Varnholm
            Im Hafen von Varnholm schieben kleine starke Boote die großen Containerschiffe jeden Tag an ihre Liegeplätze am Kai.
            Ein solches Boot wird als Schlepper bezeichnet, und die Hafenbehörde hat zwei weitere bestellt.
            Der Hafen erwartet im nächsten Jahr mehr Containerschiffe.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_sentence_naming_the_term_leads_a_german_term_question()
    {
        var answer = await Engine.AskAsync("Wie werden die kleinen Boote bezeichnet, die im Hafen von Varnholm die Containerschiffe an ihre Liegeplätze schieben?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Schlepper", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("What are numbers greater than 1 that can be divided by 3 or more numbers called?")]
    [InlineData("What is another term for how much a harbour charges per ship?")]
    [InlineData("Wie nennt man, wie viele Schiffe ein Hafen an einem Tag abfertigt?")]
    public void A_term_question_asks_for_no_figure(string question)
    {
        Assert.True(AskedTerm.IsAsked(question));
        Assert.NotEqual(AnswerType.Number, ExpectedAnswerType.Of(question));
    }

    [Theory]
    [InlineData("Since the 1970s, many of these \"segregation academies\" have shut down.", true)]
    [InlineData("Die Bedeutung der sogenannten Soft Power geht nicht verloren.", true)]
    [InlineData("A natural number that is not prime is called a composite number.", true)]
    // Quoted back from the question, a quotation opening with a function word, a quoted adjective, "called for": no term.
    [InlineData("Local families organized a wave of private \"Christian academies\".", false)]
    [InlineData("Schools had to desegregate \"with all deliberate speed\".", false)]
    [InlineData("Das ist mehr als nur „fremde“ Musik.", false)]
    [InlineData("The mayor called for new academies in the city.", false)]
    // Quoted without the question's word beside the new one: a title or a gloss, not the asked thing's name.
    [InlineData("The Greek name „Ctenophora“ means „comb bearers“.", false)]
    public void A_sentence_names_a_new_term(string sentence, bool names)
    {
        Assert.Equal(names, AskedTerm.NamesNewTerm(sentence, "What is a derogatory term for the Christian academies that arose after desegregation?"));
    }
}
