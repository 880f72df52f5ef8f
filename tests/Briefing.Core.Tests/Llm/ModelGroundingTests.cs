using System.Text.RegularExpressions;
using Briefing.Core.Llm;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Briefing.Core.Tests.Llm;

/// <summary>
/// The model path over the real engine (samples/ and small fixture articles, a fake OpenAI-compatible server over
/// HTTP): a question whose year no article has abstains with the closest articles, and a model sentence that cites a
/// passage without the asked name does not survive, however well the passage supports its words.
/// </summary>
public sealed partial class ModelGroundingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeOpenAiServer _server = FakeOpenAiServer.Start();
    private readonly EngineFixture _engine;

    public ModelGroundingTests()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAI",
            ["Llm:Endpoint"] = _server.V1Url,
            ["Llm:Model"] = "fake-model",
            ["Llm:ApiKey"] = "test-key",
            ["Llm:MaxRetries"] = "0",
            ["Llm:PromptsDir"] = Path.Combine(AppContext.BaseDirectory, "prompts"),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _engine = new EngineFixture(_folder, settings, services => services.AddBriefingLlm(configuration));
        _folder.Write("news/football.txt", """
            Hamm bows out of international football
            Mia Hamm, who won the World Cup in 1991 and 1999 with the United States, has played her last international match.
            She was twice Fifa women's player of the year and won two Olympic gold medals.
            """);
        _folder.Write("news/plymouth.txt", """
            Plymouth ferry to resume sailings after engine repairs
            The ferry between Plymouth and Roscoff will resume sailings on 14 March after repairs to its engines, the operator said on Monday.
            The vessel was taken out of service in January when engineers found a fault in one of its two engines.
            """);
        _engine.IngestAsync(RepoPaths.Samples, _folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_year_no_article_has_abstains_with_the_closest_article_although_the_model_would_answer()
    {
        // A confident model that quotes the 1991/1999 article as if it answered the 2022 question.
        _server.Responder = _ => FakeOpenAiServerReply.Text("Mia Hamm won the World Cup with the United States [1].");

        var answer = await _engine.AskAsync("Who won the 2022 FIFA World Cup?");

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
        Assert.StartsWith("I found nothing about 2022", answer.Text);
        Assert.Contains("Hamm bows out of international football", answer.Text);
        Assert.Equal("news/football", answer.Related![0].ArticleId);
        Assert.Equal("fake-model", answer.Generator);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_model_sentence_citing_a_passage_without_the_asked_name_is_removed()
    {
        string? otherSentence = null;
        _server.Responder = request =>
        {
            var passages = PromptPassages(request.AllText);
            var plymouth = passages.First(p => p.Text.Contains("Plymouth", StringComparison.Ordinal));
            var others = passages.Where(p => !p.Title.Contains("Plymouth", StringComparison.Ordinal) && !p.Text.Contains("Plymouth", StringComparison.Ordinal)).ToList();
            var reply = $"The ferry will resume sailings on 14 March [{plymouth.N}].";
            if (others.Count == 0) return FakeOpenAiServerReply.Text(reply);
            // A verbatim sentence of another article: supported by its passage, but not about Plymouth.
            otherSentence = FirstSentence().Match(others[0].Text).Value;
            return FakeOpenAiServerReply.Text($"{reply} {otherSentence.TrimEnd('.')} [{others[0].N}].");
        };

        var answer = await _engine.Answers.AskAsync(new("When will the Plymouth ferry resume sailings?") { Trace = true }, CancellationToken.None);

        Assert.NotNull(otherSentence);
        Assert.False(answer.Abstained);
        Assert.Equal("fake-model", answer.Generator);
        Assert.Equal("The ferry will resume sailings on 14 March [1].", answer.Text);
        Assert.Equal("news/plymouth", Assert.Single(answer.Citations).ArticleId);
        Assert.Contains(answer.Trace, line => line.StartsWith("verifier removed", StringComparison.Ordinal) && line.Contains("does not show Plymouth", StringComparison.Ordinal));
    }

    private static List<(int N, string Title, string Text)> PromptPassages(string prompt) =>
        PassageBlock().Matches(prompt).Select(m => (int.Parse(m.Groups[1].Value), m.Groups[2].Value, m.Groups[3].Value.Trim())).ToList();

    [GeneratedRegex(@"=== PASSAGE \[(\d+)\] ===\nTitle: ([^\n]*)\n(?:Source: [^\n]*\n)?(.*?)\n=== END OF PASSAGE", RegexOptions.Singleline)]
    private static partial Regex PassageBlock();

    [GeneratedRegex(@"^.*?[.!?](?=\s|$)", RegexOptions.Singleline)]
    private static partial Regex FirstSentence();

    public void Dispose()
    {
        _engine.Dispose();
        _server.Dispose();
        _folder.Dispose();
    }
}
