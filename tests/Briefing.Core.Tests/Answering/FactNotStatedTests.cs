using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Unanswerable near-misses that got a confident citation (issue 10, eleventh session), each kind with invented articles
/// in both languages and an answerable twin the same articles still answer: a sentence that says the asked fact is not
/// known; the asked role's holder at another firm; "how much" answered by a head count; "how many people" answered by a
/// sum of money; a when-question answered by the modal "may" or the German noun "Fall" (a case) read as dates.
/// </summary>
public sealed class FactNotStatedTests : InventedArticlesTest
{
    public FactNotStatedTests()
    {
        Folder.Write("news/brandt.txt", """
            Lindenau ohne Brandt
            Mittelfeldspieler Jonas Brandt vom SV Lindenau hat sich im Training am Knie verletzt. Wie lange der 24-jährige Brandt ausfällt, ist noch unklar.
            """);
        Folder.Write("news/harbour.txt", """
            Harbour line closed after landslide
            The Harbour line between Kelby and Marsh End was closed on Monday after a landslide. It is not yet known when the Harbour line will reopen.
            """);
        Folder.Write("news/brightwater.txt", """
            Brightwater Foods reports record sales
            Brightwater Foods said sales rose 8% in March, helped by its new stores. Rival Kestrel Sugar also reported higher sales.
            Chief executive Tom Haller attributed the rise to the new stores.
            """);
        Folder.Write("news/werft.txt", """
            Lindauer Werft baut neues Dock
            Die Lindauer Werft investiert in ein neues Trockendock. Auch die Reederei Bodmann profitiert vom Ausbau.
            Werft-Chef Karl Obermaier kündigte 120 neue Stellen an.
            """);
        Folder.Write("news/kammer.txt", """
            Ärzte gegen neue Wartezeiten-Regel
            Die Ärztekammer kritisiert die geplante Regel scharf. Der Präsident der Landesärztekammer, Otto Brandl, lehnt die Pläne ab.
            """);
        Folder.Write("news/vale.txt", """
            Home town remembers singer Lorna Vale
            More than 2,000 people turned out on Sunday to remember the singer Lorna Vale in Ashby, where she grew up. Vale died on 3 May aged 71.
            """);
        Folder.Write("news/gala.txt", """
            Spendengala Sonnenstrahl bringt Millionen
            Bei der Spendengala Sonnenstrahl am Samstag spendeten die Menschen rund 2,4 Millionen Euro, etwas weniger als im Vorjahr.
            """);
        Folder.Write("news/museum.txt", """
            Storm damages Kelby museum roof
            The Kelby museum may reopen after the roof repairs, the council said. The storm also flooded the museum's cellar.
            """);
        Folder.Write("news/sattler.txt", """
            Prozess gegen Bauunternehmer Sattler
            Der Prozess gegen den Bauunternehmer Egon Sattler wegen Betrugs in einem Fall soll vor dem Landgericht Kirchau beginnen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wie lange fällt Jonas Brandt vom SV Lindenau aus?")]
    [InlineData("When will the Harbour line between Kelby and Marsh End reopen?")]
    public async Task A_sentence_that_says_the_fact_is_not_known_is_no_answer(string question)
    {
        var reply = await Engine.AskAsync(question);

        Assert.True(reply.Abstained, reply.Text);
    }

    [Theory]
    [InlineData("Who is the chief executive of Kestrel Sugar?")]
    [InlineData("Wer ist der Chef der Reederei Bodmann?")]
    public async Task The_holder_of_the_asked_role_at_another_firm_is_no_answer(string question)
    {
        var reply = await Engine.AskAsync(question);

        Assert.True(reply.Abstained, reply.Text);
    }

    [Fact]
    public async Task How_much_is_not_answered_by_a_head_count()
    {
        var reply = await Engine.AskAsync("How much did Lorna Vale leave in her will?");

        Assert.True(reply.Abstained, reply.Text);
    }

    [Fact]
    public async Task A_count_of_people_is_not_answered_by_a_sum_of_money()
    {
        var reply = await Engine.AskAsync("Wie viele Menschen haben bei der Spendengala Sonnenstrahl gespendet?");

        Assert.True(reply.Abstained, reply.Text);
    }

    [Theory]
    [InlineData("When will the Kelby museum reopen after the storm?")]
    [InlineData("Wann beginnt der Prozess gegen den Bauunternehmer Egon Sattler?")]
    public async Task A_modal_may_and_the_German_noun_Fall_date_nothing(string question)
    {
        var reply = await Engine.AskAsync(question);

        Assert.True(reply.Abstained, reply.Text);
    }

    [Theory]
    [InlineData("When was the Harbour line between Kelby and Marsh End closed?", "Monday")]
    [InlineData("Who is the chief executive of Brightwater Foods?", "Tom Haller")]
    [InlineData("Wer ist der Chef der Lindauer Werft?", "Karl Obermaier")]
    [InlineData("Wer ist der Präsident der Ärztekammer, der die Pläne ablehnt?", "Otto Brandl")]
    [InlineData("Wie viel spendeten die Menschen bei der Spendengala Sonnenstrahl?", "2,4 Millionen Euro")]
    [InlineData("How many people turned out to remember Lorna Vale in Ashby?", "2,000")]
    public async Task The_same_articles_still_answer_what_they_give(string question, string answer)
    {
        var reply = await Engine.AskAsync(question);

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains(answer, reply.Text);
    }
}
