using System.Text.Json;
using Briefing.Web.Tests.Support;
using Microsoft.Playwright;

namespace Briefing.Web.Tests.Browser;

/// <summary>The lab in chromium without a model: the extractive path shows retrieval, evidence, the Telegram message and JSON.</summary>
public sealed class LabAskTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private LabServer _lab = null!;

    public async Task InitializeAsync() => _lab = await LabServer.StartAsync();

    public async Task DisposeAsync() => await _lab.DisposeAsync();

    [Fact]
    public async Task Asking_shows_scored_passages_the_evidence_the_telegram_message_with_its_sources_and_the_json()
    {
        var lab = await LabPage.OpenAsync(chromium.Browser, _lab);
        await lab.AskAsync(TestNews.CometQuestion);

        Assert.Equal("", await lab.TextAsync("#run-error"));
        var first = lab.Page.Locator("#passages li").First;
        Assert.Contains("Astronomers spot bright comet over Chile", await first.InnerTextAsync());
        Assert.Contains("score", await first.InnerTextAsync());
        var matched = await first.Locator(".term.question").AllInnerTextsAsync();
        Assert.Contains("comet", matched);
        Assert.Contains("discovered", matched);
        Assert.Matches(@"Evidence [0-9.]+ against threshold 0\.1: answered by extractive", await lab.TextAsync("#evidence"));
        Assert.False(await lab.Page.IsVisibleAsync("#prompt"), "no model: the prompt panel is hidden");

        // The Telegram message: the cited answer, the source list, the Sources button; the button shows the quotes.
        var message = lab.Page.Locator("#telegram .message").First;
        Assert.Contains("[1]", await message.InnerTextAsync());
        Assert.Contains("Astronomers spot bright comet over Chile", await message.InnerTextAsync());
        Assert.Equal(1, await message.Locator("b").CountAsync()); // the bold "Sources:" heading from the Telegram HTML
        Assert.False(await lab.Page.IsVisibleAsync("#telegram .sources blockquote"));
        await lab.Page.ClickAsync("#telegram .buttons button");
        Assert.Contains("discovered a bright comet", await lab.Page.InnerTextAsync("#telegram .sources blockquote"));

        using var json = JsonDocument.Parse(await lab.TextAsync("#json"));
        Assert.False(json.RootElement.GetProperty("abstained").GetBoolean());
        Assert.Equal("extractive", json.RootElement.GetProperty("generator").GetString());
        Assert.Contains("discovered", json.RootElement.GetProperty("citations")[0].GetProperty("quote").GetString());
        await lab.ScreenshotAsync("lab-extractive");
    }

    [Fact]
    public async Task A_question_the_articles_do_not_cover_shows_the_abstention_and_its_evidence()
    {
        var lab = await LabPage.OpenAsync(chromium.Browser, _lab);
        await lab.AskAsync("Who won the chess world championship in Reykjavik?");

        Assert.Contains("abstained", await lab.TextAsync("#evidence"));
        using var json = JsonDocument.Parse(await lab.TextAsync("#json"));
        Assert.True(json.RootElement.GetProperty("abstained").GetBoolean());
        Assert.Equal(0, await lab.Page.Locator("#telegram .buttons button").CountAsync());
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_message_in_the_page()
    {
        var lab = await LabPage.OpenAsync(chromium.Browser, _lab);

        await lab.AskAsync("   ");
        Assert.Equal("Type a question first.", await lab.TextAsync("#run-error"));

        await lab.AskAsync(new string('a', 100_000));
        Assert.Contains("at most 1,000 (Briefing:MaxQuestionChars)", await lab.TextAsync("#run-error"));

        var config = Path.Combine(_lab.PromptsDir, "Briefing", "Answer", "config.json");
        var before = await File.ReadAllTextAsync(config);
        Assert.False(await lab.SavePromptAsync("Answer/config.json", "{ \"execution_settings\": "));
        Assert.StartsWith("The prompt does not load, so it was not saved", await lab.TextAsync("#prompt-message"));
        Assert.Equal(before, await File.ReadAllTextAsync(config));
        Assert.DoesNotContain("   at ", await lab.Page.ContentAsync()); // no stack trace anywhere
    }
}
