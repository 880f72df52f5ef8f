using System.Text.Json;
using Briefing.Core.Llm;
using Briefing.Core.Tests.Support;
using Briefing.Web.Tests.Support;

namespace Briefing.Web.Tests.Browser;

/// <summary>Compare in chromium: two prompt folders over ten eval cases against the fake model, side by side, exported as JSON.</summary>
public sealed class LabCompareTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    /// <summary>Variant B's prompt carries this marker; the fake model then finds no answer (it replies with the sentinel).</summary>
    private const string VariantBMarker = "VARIANT-B-STRICT";
    private readonly FakeOpenAiServer _model = FakeOpenAiServer.Start();
    private LabServer _lab = null!;

    public async Task InitializeAsync()
    {
        // Variant A's model answers with the comet sentence whenever the comet passage was retrieved; B's never answers.
        _model.Responder = request =>
            request.AllText.Contains(VariantBMarker, StringComparison.Ordinal) ? FakeOpenAiServerReply.Text(PromptNames.NoAnswerSentinel)
            : request.AllText.Contains("=== PASSAGE [1] ===\nTitle: Astronomers spot bright comet", StringComparison.Ordinal) ? FakeOpenAiServerReply.Text($"{TestNews.CometSentence} [1]")
            : FakeOpenAiServerReply.Text(PromptNames.NoAnswerSentinel);
        _lab = await LabServer.StartAsync(ModelSettings.For(_model, streaming: false));
    }

    public async Task DisposeAsync()
    {
        await _lab.DisposeAsync();
        _model.Dispose();
    }

    [Fact]
    public async Task Comparing_two_prompt_folders_over_ten_cases_shows_both_answers_the_differences_and_the_metrics_and_exports_json()
    {
        var variantB = LabServer.CopyPrompts(_lab.Folder.Combine("prompts-b"));
        var answerPrompt = Path.Combine(variantB, "Briefing", "Answer", "skprompt.txt");
        await File.WriteAllTextAsync(answerPrompt, (await File.ReadAllTextAsync(answerPrompt)).Replace("Rules:", $"Rules ({VariantBMarker}):", StringComparison.Ordinal));

        var page = await LabPage.OpenAsync(chromium.Browser, _lab);
        await page.Page.FillAsync("#cases", string.Join("\n", TenCases()));
        await page.Page.FillAsync("#b-prompts", variantB);
        await page.Page.ClickAsync("#compare");
        await page.Page.WaitForSelectorAsync("body[data-compare=done]", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });

        Assert.Equal("", await page.Page.GetAttributeAsync("#compare-message", "class") ?? "");
        Assert.Equal(10, await page.Page.Locator("#compare-table tbody tr").CountAsync());
        var comet = page.Page.Locator("#compare-table tr[data-case-id=comet-when]");
        Assert.Contains("Paranal observatory", await comet.Locator(".variant-a").InnerTextAsync());
        // The model's NO_ANSWER is an abstention that names the closest article, not as the answer.
        Assert.StartsWith("I found nothing about that in the indexed articles; the closest is: Astronomers spot bright comet", await comet.Locator(".variant-b").InnerTextAsync());
        Assert.Contains("abstained: A no, B yes", await comet.Locator(".diff").InnerTextAsync());
        Assert.Contains("answerHit", await page.TextAsync("#metrics-table"));
        await page.ScreenshotAsync("lab-compare");

        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Page.ClickAsync("#export"));
        var exported = Path.Combine(_lab.Folder.Path, "comparison.json");
        await download.SaveAsAsync(exported);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(exported));
        Assert.Equal(10, report.RootElement.GetProperty("rows").GetArrayLength());
        Assert.Equal(Path.Combine(variantB, "Briefing"), Path.Combine(report.RootElement.GetProperty("b").GetProperty("promptsDir").GetString()!, "Briefing"));
        var answered = report.RootElement.GetProperty("a").GetProperty("metrics").GetProperty("overall").GetProperty("answered").GetDouble();
        var answeredB = report.RootElement.GetProperty("b").GetProperty("metrics").GetProperty("overall").GetProperty("answered").GetDouble();
        Assert.True(answered > answeredB, $"A answered {answered}, B {answeredB}");
    }

    private static IEnumerable<string> TenCases() =>
    [
        Case("comet-when", TestNews.CometQuestion, "news/comet", "Tuesday"),
        Case("comet-where", "Where was the bright comet discovered?", "news/comet", "Chile"),
        Case("comet-sun", "When will the comet pass closest to the Sun?", "news/comet", "March"),
        Case("hafen-kosten", "Wie viel kostete der neue Hafen in Kiel?", "news/hafen", "240 Millionen"),
        Case("hafen-jobs", "Wie viele Arbeitsplätze schafft der Hafen in Kiel?", "news/hafen", "1.200"),
        Case("bridge-when", "When did the rail bridge over the Elbe reopen?", "news/bridge", "Friday"),
        Case("bridge-cost", "How much did the Elbe bridge repairs cost?", "news/bridge", "35 million"),
        Case("none-chess", "Who won the chess world championship in Reykjavik?", null, null),
        Case("none-election", "Wer gewann die Bürgermeisterwahl in Passau?", null, null),
        Case("none-football", "Which team won the football cup final in Lisbon?", null, null),
    ];

    private static string Case(string id, string question, string? gold, string? answer) => JsonSerializer.Serialize(new
    {
        id, question, goldArticleId = gold, answers = answer is null ? Array.Empty<string>() : [answer],
    });
}
