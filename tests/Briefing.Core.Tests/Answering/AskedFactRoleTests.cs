using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Unanswerable questions that got a confident citation from the article about their topic, although no sentence gives
/// what is asked: a who- or name-question answered by a sentence that names no one, a sum asked by its role ("budget",
/// "Gage", "save") answered without a sum or with a sum in another role, and a count of people answered by a count of
/// other things. The bot abstains; the same articles still answer what they do give. All articles are invented.
/// </summary>
public sealed class AskedFactRoleTests : InventedArticlesTest
{
    private const string GermanEnglish = """
        Rehe /reːə/ <pl>
        deer
        ---
        Revier /reviːɐ/ <neut>
        hunting ground
        ---
        Moderatorin /moderatoːrɪn/ <fem>
        presenter
        ---
        Gage /ɡaːʒə/ <fem>
        fee
        ---
        Personen /pɛrzoːnən/ <pl>
        persons, people
        ---
        Schildkröten /ʃɪltkrøːtən/ <pl>
        turtles, tortoises
        ---
        Jäger /jɛːɡɐ/ <masc>
        hunter
        ---
        Täter /tɛːtɐ/ <masc>
        culprit
        ---
        Jagdleiter /jaːktlaɪtɐ/ <masc>
        hunt master
        ---
        Wochen /vɔxən/ <pl>
        weeks
        """;

    private const string EnglishGerman = """
        spokesman /spˈəʊksmən/
        Sprecher <masc>
        ---
        budget /bˈʌdʒɪt/
        Budget <neut>
        ---
        film /fˈɪlm/
        Film <masc>
        ---
        save /sˈeɪv/
        sparen
        """;

    public AskedFactRoleTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/rehe.txt", """
            Tote Rehe im Revier Kaltenbach
            Im Revier Kaltenbach wurden in den vergangenen Wochen sieben Rehe gewildert aufgefunden. Der Jagdleiter ist ratlos.
            Er glaubt nicht, dass die Täter Jäger waren.
            """);
        Folder.Write("news/club.txt", """
            Club stays silent on manager shortlist
            Northfield United have drawn up a shortlist of three candidates for the manager's job. The club refused to comment on the shortlist.
            """);
        Folder.Write("news/moderatorin.txt", """
            Neue Moderatorin für die Samstagsshow
            Die Moderatorin Lena Hartwig übernimmt ab März die Samstagsshow des Senders. Über den Vertrag wurde Stillschweigen vereinbart.
            """);
        Folder.Write("news/film.txt", """
            Studio buys rights to bestseller
            The studio Lantern Pictures bought the film rights to the bestseller Salt Roads for a seven-figure sum. Filming will start in Morocco.
            """);
        Folder.Write("news/cuts.txt", """
            Harwick Group to cut 2,000 jobs
            Harwick Group will cut 2,000 jobs after its $4.5bn acquisition of Denton Foods. Unions called the cuts a betrayal.
            """);
        Folder.Write("news/zoll.txt", """
            Schildkröten am Flughafen Schwechat entdeckt
            Die Zollfahndung hat am Flughafen Schwechat 80 seltene Schildkröten beschlagnahmt. Gegen die Besitzer der Koffer wird ermittelt.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wer hat die Rehe im Revier Kaltenbach gewildert?")]
    [InlineData("What's the name of Northfield United's spokesman?")]
    public async Task A_question_for_a_name_is_not_answered_by_a_sentence_that_names_no_one(string question)
    {
        var reply = await Engine.AskAsync(question);

        Assert.True(reply.Abstained, reply.Text);
        Assert.Empty(reply.Citations);
    }

    [Theory]
    [InlineData("Was bekommt die Moderatorin Lena Hartwig an Gage?")]
    [InlineData("What's the budget for the Salt Roads film?")]
    [InlineData("How much does Harwick Group expect to save a year by cutting jobs?")]
    public async Task A_sum_asked_by_its_role_is_not_answered_without_a_sum_in_that_role(string question)
    {
        var reply = await Engine.AskAsync(question);

        Assert.True(reply.Abstained, reply.Text);
    }

    [Fact]
    public async Task A_count_of_people_is_not_answered_by_a_count_of_things()
    {
        var reply = await Engine.AskAsync("Wie viele Personen wurden wegen der Schildkröten in Schwechat angezeigt?");

        Assert.True(reply.Abstained, reply.Text);
    }

    [Theory]
    [InlineData("Wie viele Schildkröten wurden in Schwechat beschlagnahmt?", "80")]
    [InlineData("How many jobs will Harwick Group cut?", "2,000")]
    public async Task The_same_articles_still_answer_what_they_give(string question, string answer)
    {
        var reply = await Engine.AskAsync(question);

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains(answer, reply.Text);
    }
}
