using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "By what date does Tom Hale expect to be fit again?": the noun that asks the kind of answer ("date") is no topic
/// word the article must show. English writes the words after "what" in lower case, and the pattern that skips
/// describing words before the noun ("what new date") read "date does" as such words and took "Tom" for the noun,
/// so "date" stayed a topic word, the article (which says "by 18 April" and never "date") lacked it, and the bot abstained (issue 10,
/// false abstentions). An article that lacks what the question is about still does not answer.
/// </summary>
public sealed class AskedKindNotTopicTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        date /dˈeɪt/
        Datum <neut>, Termin <masc>
        ---
        contract /kˈɒntɹækt/
        Vertrag <masc>
        ---
        ankle /ˈæŋkəl/
        Knöchel <masc>
        ---
        operation /ˌɒpəˈɹeɪʃən/
        Operation <fem>
        """;

    private const string GermanEnglish = """
        Datum /ˈdaːtʊm/ <neut, n, sg>
        date
        ---
        Termin /tɛʁˈmiːn/ <masc, n, sg>
        date, appointment
        ---
        Vertrag /fɛɐ̯ˈtʁaːk/ <masc, n, sg>
        contract
        """;

    public AskedKindNotTopicTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/hale.txt", """
            Hale on the mend
            Winger Tom Hale expects to return to training by 18 April after his ankle operation, his club said on Monday.
            """);
        Folder.Write("news/cup.txt", """
            Kelby reach the cup final
            Kelby Town will play in the cup final again after a 2-0 win over Marsh End on Saturday.
            Their captain said the whole squad was fit and ready for the final.
            """);
        Folder.Write("news/pool.txt", """
            Swimming pool to reopen
            The swimming pool in Holm will open again in May after repairs, the council said.
            Officials expect more visitors than last year.
            """);
        // The asked words' German renderings are written in the index, so they are topic words an article could show.
        Folder.Write("news/termin.txt", """
            Neuer Termin für das Stadtfest
            Das Stadtfest in Dornbach bekommt ein neues Datum: Es findet am 12. Juli statt, der Vertrag mit der Brauerei ist unterschrieben.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task What_date_asks_a_date_the_article_need_not_call_one()
    {
        var answer = await Engine.AskAsync("By what date does Tom Hale expect to be fit again?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("18 April", answer.Text);
    }

    [Fact]
    public async Task An_article_without_the_asked_contract_does_not_answer()
    {
        var answer = await Engine.AskAsync("By what date will Tom Hale sign his new contract?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
