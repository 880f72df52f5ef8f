using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Where was X born?" over an obituary that gives where he died and where he worked, never where he was born: another
/// place of his life is no answer. A sentence that says the birth answers, in English or German. All articles are invented.
/// </summary>
public sealed class AskedBirthTests : InventedArticlesTest
{
    public AskedBirthTests()
    {
        Folder.Write("news/rourke.txt", """
            Oscar nominee Liam Rourke dies
            Irish actor Liam Rourke, who was nominated for best actor at the 1955 Oscars, has died at the age of 85.
            Rourke died at his home in Malibu, California, a spokesman said.
            He became a familiar supporting actor on television and in film.
            """);
        Folder.Write("news/tell.txt", """
            Singer Mara Tell wins award
            The singer Mara Tell, who was born in Cork, has won the Kelby music award for her third album.
            Tell thanked her band at the ceremony in Dublin on Friday.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Where_he_died_is_no_answer_to_where_he_was_born()
    {
        var reply = await Engine.AskAsync("Where was the actor Liam Rourke born?");

        Assert.True(reply.Abstained, reply.Text);
    }

    [Fact]
    public async Task A_sentence_that_says_the_birth_answers()
    {
        var reply = await Engine.AskAsync("Where was the singer Mara Tell born?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("Cork", reply.Text);
    }
}
