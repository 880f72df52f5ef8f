using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Zu wie viel Haft …?", "How much jail time …?" asks the length of a prison sentence (issue 10, false abstentions with
/// the right article first): "sentenced to six months in jail" answers it. Read as a count of "Haft", the English
/// sentence showed no unit, and the German prison word was a topic the English sentence lacked. A sentence that names
/// the penalty only as possible still does not answer it. Articles invented; both languages.
/// </summary>
public sealed class PrisonTermAsDurationTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        jail /dʒeɪl/
        Gefängnis <neut>
        """;

    private const string GermanEnglish = """
        Haft /haft/ <fem, n, sg>
        custody, imprisonment <n>
        ---
        Sänger /ˈzɛŋɐ/ <masc, n, sg>
        singer <n>
        """;

    public PrisonTermAsDurationTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/quill.txt", """
            Singer Rob Quill held after hotel row
            Singer Rob Quill was held by police after a row at a hotel in Leeds on Friday.
            The band's former frontman, 39, was later released without charge.
            In 2011, he was sentenced to six months in jail for assaulting a taxi driver.
            """);
        Folder.Write("news/marsh.txt", """
            Guitarist Dan Marsh charged over fraud
            Guitarist Dan Marsh has been charged with fraud over the sale of concert tickets.
            He faces a possible seven years in jail if convicted.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Zu wie viel Haft wurde Rob Quill 2011 verurteilt?")]
    [InlineData("How much jail time did Rob Quill get in 2011?")]
    public async Task A_prison_term_asked_by_how_much_is_answered_by_its_length(string question)
    {
        var answer = await Engine.AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("six months in jail", answer.Text);
    }

    [Fact]
    public async Task A_penalty_named_only_as_possible_still_does_not_answer()
    {
        var answer = await Engine.AskAsync("How much jail time did Dan Marsh get?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Theory]
    [InlineData("Zu wie viel Haft wurde er verurteilt?", AnswerType.Duration)]
    [InlineData("How much prison time did she serve?", AnswerType.Duration)]
    [InlineData("Wie viel Geld bekam er?", AnswerType.Number)]
    public void A_prison_term_is_read_as_a_duration(string question, AnswerType expected) =>
        Assert.Equal(expected, ExpectedAnswerType.Of(question));
}
