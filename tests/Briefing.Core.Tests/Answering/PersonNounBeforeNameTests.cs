using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "What is the name of the girl Anna Berg is said to have rescued?": the person noun ("girl") says a person's name is
/// asked; the capitalised name after it begins the clause that describes her. Read as the asked thing, the name made it
/// a question for any name, and a sentence naming someone in another role (the lifeguard who told the story) answered it.
/// </summary>
public sealed class PersonNounBeforeNameTests : InventedArticlesTest
{
    public PersonNounBeforeNameTests()
    {
        Folder.Write("news/rescue.txt", """
            Swimmer praised for beach rescue
            Swimmer Anna Berg has been praised for pulling a girl from the sea at Kelwick on Sunday.
            Lifeguard Tom Reeve told reporters that Ms Berg had reached the girl within a minute.
            """);
        Folder.Write("news/fire.txt", """
            Firefighter saves driver from burning car
            Firefighter Jon Hale pulled a driver from a burning car on the A9 near Skarn on Saturday.
            The driver, Peter Mott, was taken to hospital with minor burns.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_name_after_the_person_noun_does_not_make_it_a_question_for_any_name()
    {
        var answer = await Engine.AskAsync("What is the name of the girl Anna Berg pulled from the sea at Kelwick?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task The_article_that_names_the_person_answers()
    {
        var answer = await Engine.AskAsync("What is the name of the driver Jon Hale pulled from the burning car near Skarn?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Peter Mott", answer.Text);
    }
}
