using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// An English name spelt like a listed common word ("the Rift headset"; issue 10, probe 22): an article that writes
/// only the common noun ("the rift between the two men") does not show it, one that writes the name does. Invented
/// dictionary and articles.
/// </summary>
public sealed class NameSpeltLikeCommonWordTests : IDisposable
{
    private const string EnglishGerman = """
        rift /ɹˈɪft/
        Riss <masc>, Spalt <masc>
        ---
        headset /hˈɛdsɛt/
        Headset <neut>
        """;

    private const string GermanEnglish = """
        Riss /ʁɪs/ <masc, n, sg>
        rift <n>, crack <n>
        """;

    private const string Politics = """
        Labour MPs fear leadership feud
        The rift between the two men was made worse by a recording from a headset made by Vantor Audio, said backbencher Tom Hale. Labour MPs fear it could cost the party votes.
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task An_article_writing_only_the_common_noun_does_not_answer()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/politics.txt", Politics);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Who makes the Rift headset?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task The_article_writing_the_name_answers()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/politics.txt", Politics);
        _folder.Write("news/tech.txt", """
            Virtual reality arrives in shops
            The Rift headset is made by Oculus, a company Facebook bought two years ago. It costs $599.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Who makes the Rift headset?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Oculus", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
