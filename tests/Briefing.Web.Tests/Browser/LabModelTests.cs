using Briefing.Core.Llm;
using Briefing.Core.Tests.Support;
using Briefing.Web.Tests.Support;

namespace Briefing.Web.Tests.Browser;

/// <summary>The lab with the fake OpenAI-compatible model: streamed raw output, verifier decisions, prompt edits that shape the next run.</summary>
public sealed class LabModelTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly FakeOpenAiServer _model = FakeOpenAiServer.Start();
    private LabServer _lab = null!;

    public async Task InitializeAsync() => _lab = await LabServer.StartAsync(ModelSettings.For(_model));

    public async Task DisposeAsync()
    {
        await _lab.DisposeAsync();
        _model.Dispose();
    }

    [Fact]
    public async Task A_run_shows_the_prompt_the_streamed_reply_and_what_the_verifier_kept_and_removed()
    {
        _model.Enqueue(FakeOpenAiServerReply.Text($"{TestNews.CometSentence} [1] The comet is made of green cheese [1]."));
        var lab = await LabPage.OpenAsync(chromium.Browser, _lab);
        await lab.AskAsync(TestNews.CometQuestion);

        Assert.True(_model.Requests.Single().Stream, "the lab runs with Llm:Streaming, as configured");
        Assert.Contains(TestNews.CometQuestion, await lab.TextAsync("#prompt"));
        Assert.Contains("green cheese", await lab.TextAsync("#raw"));
        var kept = await lab.Page.Locator("#decisions li.kept").AllInnerTextsAsync();
        var removed = await lab.Page.Locator("#decisions li.removed").AllInnerTextsAsync();
        Assert.Contains(kept, k => k.Contains("Paranal observatory"));
        Assert.Contains(removed, r => r.Contains("green cheese") && r.Contains("unsupported"));
        Assert.DoesNotContain("cheese", await lab.TextAsync("#telegram"));
        Assert.Contains("\"generator\": \"fake-model\"", await lab.TextAsync("#json"));
        await lab.ScreenshotAsync("lab-model");
    }

    [Fact]
    public async Task A_prompt_edited_in_the_page_is_what_the_next_run_sends_to_the_model()
    {
        var lab = await LabPage.OpenAsync(chromium.Browser, _lab);
        var original = await File.ReadAllTextAsync(Path.Combine(_lab.PromptsDir, "Briefing", "Answer", "skprompt.txt"));
        var edited = original.Replace("</message>", "7. End every answer politely (rule LAB-EDIT-7).\n</message>", StringComparison.Ordinal);
        Assert.True(await lab.SavePromptAsync("Answer/skprompt.txt", edited));
        Assert.Contains("LAB-EDIT-7", await File.ReadAllTextAsync(Path.Combine(_lab.PromptsDir, "Briefing", "Answer", "skprompt.txt")));

        _model.Enqueue(FakeOpenAiServerReply.Text($"{TestNews.CometSentence} [1]"));
        await lab.AskAsync(TestNews.CometQuestion);

        Assert.Contains("LAB-EDIT-7", _model.Requests.Single().AllText);
        Assert.Contains("LAB-EDIT-7", await lab.TextAsync("#prompt"));
    }

    [Fact]
    public async Task When_the_model_fails_the_page_says_why_the_extractive_answer_was_used()
    {
        _model.Enqueue(FakeOpenAiServerReply.Error(500));
        var lab = await LabPage.OpenAsync(chromium.Browser, _lab);
        await lab.AskAsync(TestNews.CometQuestion);

        Assert.StartsWith("Fell back to the extractive answer: model call failed", await lab.TextAsync("#fallback"));
        Assert.Contains("\"generator\": \"extractive\"", await lab.TextAsync("#json"));
        Assert.Contains(PromptNames.Plugin, await lab.TextAsync("#prompts-dir"));
    }
}
