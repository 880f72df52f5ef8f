using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, which-questions answered with the sentence that restates the question: the asked version is the name with
/// its number ("Gnomix 3.18" for "Which Gnomix version ...?"; the German reading is in <see cref="AskedClassNameTests"/>),
/// not the sentence that restates the question with its own name. Articles invented.
/// </summary>
public sealed class AskedClassLeadTests : InventedArticlesTest
{
    public AskedClassLeadTests()
    {
        Folder.Write("news/gnomix.txt", """
            Gnomix desktop to get cloud drive support
            The Gnomix desktop will get support for cloud drives in its next version, the developers said on Monday.
            The feature is planned for Gnomix 3.18 after a delay.
            Other desktops already offer such tools.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task An_English_question_for_a_version_is_answered_by_the_name_with_its_number()
    {
        var answer = await Engine.AskAsync("Which Gnomix version will get support for cloud drives?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Gnomix 3.18", answer.Citations[0].Quote);
    }
}
