using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// News restates the event first and says where it happened a few sentences on ("… has said. … Speaking in Harrogate
/// she said …"): a where-question that falls back on the restating sentence leads with the place sentence after it.
/// Sentences and articles invented.
/// </summary>
public sealed class PlaceAfterRestatementTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_place_said_after_the_restating_lede_leads_the_answer()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/slogan.txt", """
            Greens unveil election slogan
            The Green Party will present itself as "the honest choice" in the coming general election campaign, Anna Berg has said.
            Unveiling the honest choice slogan at the party's spring conference, she said there was no ceiling to its ambitions.
            She told delegates that the government had broken its promises.
            In response, the Conservatives insisted that theirs was the party of the majority.
            Speaking in Harrogate Ms Berg said: "People want a credible party."
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("In which town did Anna Berg unveil the 'honest choice' slogan?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Harrogate", answer.Citations[0].Quote);
    }
}
