using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, abstentions with the right article first: "Who did the Liberal Democrats hire …?" over an article that
/// only ever says "the Lib Dems". A name of several words is shown by its words' news short forms
/// (<see cref="Briefing.Core.Text.NewsAbbreviations"/>), as a typed short form is shown by the article's long form. Article invented.
/// </summary>
public sealed class NameInShortFormsTests : InventedArticlesTest
{
    public NameInShortFormsTests()
    {
        Folder.Write("news/campaign.txt", """
            Lib Dems pick new campaign chief
            The Lib Dems have recruited a senior figure from the Royal Mail to run the party's campaign for the coming election.

            Orla Penhallow will work with the party's press office on the manifesto launch.
            """);
        Folder.Write("news/budget.txt", """
            Council budget approved
            The council approved its budget for next year after a long debate about bus fares.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_name_the_article_writes_in_short_forms_is_shown()
    {
        var answer = await Engine.AskAsync("Who did the Liberal Democrats recruit from the Royal Mail to run their campaign?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Orla Penhallow", answer.Text);
    }
}
