using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, "why" questions: a purpose or cause word ("to make sure", "um ... zu") in a sentence that shows nothing the
/// question asks besides its names explains something else (a coach's quote about the opponent); the sentence about the
/// asked event gives the cause, even when it only says "after" / "nachdem". All articles are invented.
/// </summary>
public sealed class CauseOfAnotherClauseTests : InventedArticlesTest
{
    public CauseOfAnotherClauseTests()
    {
        Folder.Write("news/hollis.txt", """
            Rovers without Hollis in Wexford final
            Rovers goalkeeper Dan Hollis will miss Saturday's cup final against Wexford after breaking his wrist in training. Manager Tom Reilly said his squad had prepared well all week. "They have a quick attack and we will have to make sure we close them down early," Reilly said. "Everyone else is ready."
            """);
        Folder.Write("news/berger.txt", """
            Rapid ohne Kapitän Berger im Cupfinale
            Wien – Rapid-Kapitän Lukas Berger fällt für das Cupfinale gegen Sturm aus, nachdem er sich im Training das Handgelenk gebrochen hat. Trainer Anton Huber sieht seine Mannschaft trotzdem gut vorbereitet. "Wir müssen früh Druck machen, um ihre schnellen Stürmer vom Tor fernzuhalten", sagte Huber. "Alle anderen sind bereit."
            """);
        Folder.Write("news/other.txt", """
            Neuer Radweg am Fluss
            Die Stadt hat am Fluss einen neuen Radweg eröffnet. The council opened a new cycle path by the river.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Why will Dan Hollis miss the cup final?", "wrist")]
    [InlineData("Warum fällt Lukas Berger für das Cupfinale aus?", "Handgelenk")]
    public async Task The_sentence_about_the_asked_event_gives_the_cause(string question, string cause)
    {
        var answer = await Engine.AskAsync(question);

        Assert.False(answer.Abstained);
        Assert.Contains(cause, answer.Citations[0].Quote);
    }
}
