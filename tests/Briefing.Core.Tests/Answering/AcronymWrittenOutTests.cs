using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A question names an organisation by the acronym readers know ("the UN"); the report writes the name out
/// ("the United Nations refugee agency") and never the acronym, so the article that
/// answers was rejected for the missing detail (issue 10, false abstentions). The name's dictionary words spell the
/// acronym; a person's name ("Mr Howard") spells none, and an acronym a text writes inside one token ("CD:UK") is
/// written all the same.
/// </summary>
public sealed class AcronymWrittenOutTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        united /juːnˈaɪtɪd/
        vereint, vereinigt
        ---
        nation /nˈeɪʃən/
        Nation <fem>
        ---
        nations /nˈeɪʃənz/
        Nationen <fem, pl>
        ---
        refugee /ɹˌɛfjʊdʒˈiː/
        Flüchtling <masc>
        ---
        agency /ˈeɪdʒənsi/
        Agentur <fem>, Behörde <fem>
        ---
        Mr /mˈɪstə/
        Herr <masc>
        """;

    public AcronymWrittenOutTests() : base(EnglishGerman, """
        Behörde /bəˈhøːɐ̯də/ <fem>
        agency, authority
        """)
    {
        Folder.Write("news/refugees.txt", """
            New head for refugee agency
            The United Nations refugee agency will be led by Anna Berglund from March, its board said.
            She succeeds a Danish diplomat who held the post for ten years.
            """);
        Folder.Write("news/show.txt", """
            Presenter leaves Saturday show
            Mia Lane has resigned as host of the children's music show CD:UK after six years.
            She will present her final CD:UK on 5 March.
            """);
        Folder.Write("news/harbour.txt", """
            Harbour office changes hands
            Mr Howard will head the harbour agency of Kestrel Bay from May, the council said.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_UN_is_shown_by_the_United_Nations()
    {
        var answer = await Engine.AskAsync("Who will lead the UN refugee agency?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Anna Berglund", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task An_acronym_written_inside_one_token_is_written()
    {
        var answer = await Engine.AskAsync("When does Mia Lane present her final CD:UK?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("5 March", answer.Text);
    }

    [Fact]
    public async Task A_persons_name_is_no_acronyms_long_form()
    {
        var answer = await Engine.AskAsync("Who will head the MH harbour agency?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
