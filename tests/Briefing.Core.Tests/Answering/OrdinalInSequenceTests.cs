using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Der wievielte Stern auf dem Walk of Fame ist der von X?" asks a place in a sequence, which English news writes as
/// "His star is the 2,277th to be laid": an ordinal in digits with a thousands comma after "is the". The rank phrases
/// read ordinals of at most three digits and only after verbs of placing, so no sentence held a rank and the bot
/// abstained (issue 10, false abstentions). An article that gives no ordinal still does not answer.
/// </summary>
public sealed class OrdinalInSequenceTests : InventedArticlesTest
{
    private const string GermanEnglish = """
        Leuchtturm /ˈlɔɪ̯çtˌtʊʁm/ <masc, n, sg>
        lighthouse
        ---
        Liste /ˈlɪstə/ <fem, n, sg>
        list
        ---
        Denkmal /ˈdɛŋkmaːl/ <neut, n, sg>
        monument, heritage
        ---
        Bau /baʊ̯/ <masc, n, sg>
        building, construction
        """;

    public OrdinalInSequenceTests() : base("""
        lighthouse /lˈaɪthaʊs/
        Leuchtturm <masc>
        ---
        building /bˈɪldɪŋ/
        Bau <masc>, Gebäude <neut>
        ---
        list /lˈɪst/
        Liste <fem>
        """, GermanEnglish)
    {
        Folder.Write("news/holm.txt", """
            Holm lighthouse joins the heritage list
            The lighthouse on Holm Island has been added to the national heritage list.
            It is the 1,204th building to be put on the list since it was opened.
            """);
        Folder.Write("news/kelby.txt", """
            Kelby lighthouse to be repainted
            The lighthouse at Kelby will be repainted this summer, the harbour board said.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_1204th_is_the_place_in_the_sequence()
    {
        var answer = await Engine.AskAsync("What position on the heritage list is the lighthouse on Holm Island?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("1,204th", answer.Text);
    }

    [Fact]
    public async Task Der_wievielte_Leuchtturm_auf_der_Liste()
    {
        var answer = await Engine.AskAsync("Der wievielte Bau auf der Liste ist der Leuchtturm von Holm Island?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("1,204th", answer.Text);
    }

    [Fact]
    public async Task A_lighthouse_without_an_ordinal_has_no_place()
    {
        var answer = await Engine.AskAsync("What position on the heritage list is the lighthouse at Kelby?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
