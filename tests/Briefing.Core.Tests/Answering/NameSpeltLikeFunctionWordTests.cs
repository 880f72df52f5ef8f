using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wer spielt in Woody Allens Film ...?": a name spelt like a function word ("Allen", as in "allen Gästen") analyses
/// to nothing, so no article's terms could show the asked name and the article about the director's film was
/// rejected for the detail (issue 10, false abstentions). The article's text shows it as written, inside a
/// sentence; opening a sentence ("Allen Gästen gefiel ...") the word is the function word and shows no name.
/// </summary>
public sealed class NameSpeltLikeFunctionWordTests : InventedArticlesTest
{
    public NameSpeltLikeFunctionWordTests()
    {
        Folder.Write("news/nachtzug.txt", """
            Nachtzug startet im Kino
            Der Regisseur Tobias Allen hat einen neuen Film gedreht.
            In Nachtzug spielt Mara Lind eine Schaffnerin, die einen Mord beobachtet. Der Film startet im März.
            """);
        Folder.Write("news/sturmflut.txt", """
            Premiere von Sturmflut
            Allen Gästen gefiel der neue Film Sturmflut. Darin spielt Jonas Berg einen Fischer, der sein Boot verliert.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_name_written_inside_a_sentence_shows_it()
    {
        var answer = await Engine.AskAsync("Wer spielt in Allens neuem Film Nachtzug die Schaffnerin?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Mara Lind", answer.Text);
    }

    [Fact]
    public async Task The_function_word_opening_a_sentence_shows_no_name()
    {
        var answer = await Engine.AskAsync("Wer spielt in Allens neuem Film Sturmflut den Fischer?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
