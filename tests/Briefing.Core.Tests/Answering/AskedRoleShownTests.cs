using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Who-questions that ask a role — by its noun ("Wer ist Bürgermeister von X?"), by a verb ("Who refereed the match?")
/// or by a relation ("Wie hieß die Frau, mit der X verheiratet war?") — and sums asked in a named currency ("in Euro")
/// were answered by a sentence about the topic that names people in no such role, or gives the sum in another
/// currency. The bot abstains; the articles that write the role or the currency still answer. All articles are invented.
/// </summary>
public sealed class AskedRoleShownTests : InventedArticlesTest
{
    private const string GermanEnglish = """
        Preis /praɪs/ <masc>
        price
        ---
        Datenbrille /daːtənbrɪlə/ <fem>
        data glasses
        ---
        Trainer /trɛːnɐ/ <masc>
        coach, trainer
        ---
        Frau /fraʊ/ <fem>
        woman, wife
        """;

    private const string EnglishGerman = """
        coach /kˈəʊtʃ/
        Trainer <masc>
        ---
        referee /rˌefərˈiː/
        Schiedsrichter <masc>
        ---
        draw /drˈɔː/
        Unentschieden <neut>
        """;

    public AskedRoleShownTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/lindenau.txt", """
            Lindenau feiert 800 Jahre ohne Bürgermeister
            Die Stadt Lindenau feiert am Wochenende ihr 800-jähriges Bestehen mit einem großen Festzug. Den Festzug führte Heinrich Lamm an, der die Chronik von Lindenau verfasst hat.
            """);
        Folder.Write("news/talheim.txt", """
            Talheim eröffnet neues Hallenbad
            Bürgermeisterin Karin Vogt hat in Talheim das neue Hallenbad eröffnet. Der Bau hat zwei Jahre gedauert.
            """);
        Folder.Write("news/hawks.txt", """
            Neuer Coach für die Riverton Hawks
            Die Riverton Hawks haben Tom Baird als neuen Cheftrainer vorgestellt. Er unterschrieb einen Vertrag über drei Jahre.
            """);
        Folder.Write("news/ashford.txt", """
            Ashford 3-3 Millbrook
            Ashford and Millbrook shared the points in a 3-3 draw at Eastfield Park on Saturday. Ashford striker Leon Marsh scored twice, but Millbrook midfielder Owen Dale equalised in the last minute.
            """);
        Folder.Write("news/kingsbury.txt", """
            Kingsbury 1-0 Selby
            Kingsbury beat Selby 1-0 at Moor Lane on Sunday. Referee Alan Price sent off two Selby players in the second half.
            """);
        Folder.Write("news/ottokar.txt", """
            Graf Ottokar von Wildenstein gestorben
            Graf Ottokar von Wildenstein ist im Alter von 91 Jahren gestorben. Sein Nachfolger als Oberhaupt des Hauses wird sein Neffe Friedrich von Wildenstein.
            """);
        Folder.Write("news/visor.txt", """
            Datenbrille Visor X kommt im Mai, Preis in Euro noch offen
            Die Datenbrille Visor X des Herstellers Brightlens kommt im Mai in den Handel. Mit einem Startpreis von 900 Dollar ist sie teurer als alle Konkurrenten.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wer ist Bürgermeister von Lindenau?")]
    [InlineData("Who refereed the 3-3 draw between Ashford and Millbrook?")]
    [InlineData("Wie hieß die Frau, mit der Graf Ottokar von Wildenstein verheiratet war?")]
    public async Task A_role_no_sentence_writes_is_not_answered_by_the_people_it_names(string question)
    {
        var reply = await Engine.AskAsync(question);

        Assert.True(reply.Abstained, reply.Text);
        Assert.Empty(reply.Citations);
    }

    [Fact]
    public async Task A_sum_asked_in_euros_is_not_answered_by_a_sum_in_dollars()
    {
        var reply = await Engine.AskAsync("Was kostet die Datenbrille Visor X in Euro?");

        Assert.True(reply.Abstained, reply.Text);
    }

    [Theory]
    [InlineData("Wer ist Bürgermeisterin von Talheim?", "Karin Vogt")]
    [InlineData("Wer ist der neue Coach der Riverton Hawks?", "Tom Baird")]
    [InlineData("Who refereed the match between Kingsbury and Selby?", "Alan Price")]
    [InlineData("Was kostet die Datenbrille Visor X in Dollar?", "900 Dollar")]
    public async Task A_sentence_that_writes_the_role_or_the_currency_still_answers(string question, string answer)
    {
        var reply = await Engine.AskAsync(question);

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains(answer, reply.Text);
    }
}
