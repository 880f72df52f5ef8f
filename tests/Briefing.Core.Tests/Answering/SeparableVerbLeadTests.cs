using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10's cross-lingual example over the seed article: "What did Iran's foreign minister propose at the SCO
/// meeting?" is answered by the sentence where he proposes ("schlug … vor", German's separable and strong
/// "vorschlagen"), not by the lead sentence that restates who attended the meeting.
/// </summary>
public sealed class SeparableVerbLeadTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        propose /pɹəpˈəʊz/
        vorschlagen
        ---
        foreign minister /fˈɒɹɪn mˈɪnɪstə/
        Außenminister <masc>
        ---
        meeting /mˈiːtɪŋ/
        Treffen <neut>, Sitzung <fem>
        """;

    private const string GermanEnglish = """
        vorschlagen /foːɐʃlaːgən/ <v>
        propose, suggest
        """;

    public SeparableVerbLeadTests() : base(EnglishGerman, GermanEnglish)
    {
        Engine.IngestAsync(RepoPaths.Samples).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task What_the_minister_proposed_is_the_sentence_where_he_proposes_it()
    {
        var answer = await Engine.AskAsync("What did Iran's foreign minister propose at the SCO meeting?");

        Assert.False(answer.Abstained);
        Assert.Contains("schlug „einen ständigen Mechanismus", answer.Citations[0].Quote);
    }
}
