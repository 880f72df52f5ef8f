using Microsoft.Playwright;

namespace Briefing.Web.Tests.Support;

/// <summary>The /lab page in a browser tab, with the steps a developer takes.</summary>
public sealed class LabPage(IPage page)
{
    public IPage Page => page;

    public static async Task<LabPage> OpenAsync(IBrowser browser, LabServer lab)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(lab.BaseUrl + "/lab");
        await page.WaitForSelectorAsync("#prompt-file option", new() { State = WaitForSelectorState.Attached });
        return new LabPage(page);
    }

    public async Task AskAsync(string question, string history = "")
    {
        await page.EvaluateAsync("() => delete document.body.dataset.run");
        await page.FillAsync("#question", question);
        await page.FillAsync("#history", history);
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("body[data-run=done]", new() { State = WaitForSelectorState.Attached });
    }

    public async Task<bool> SavePromptAsync(string functionAndFile, string content)
    {
        await page.SelectOptionAsync("#prompt-file", functionAndFile);
        await page.FillAsync("#prompt-text", content);
        await page.ClickAsync("#save-prompt");
        var state = await page.WaitForSelectorAsync("body[data-save]", new() { State = WaitForSelectorState.Attached });
        return await state!.GetAttributeAsync("data-save") == "saved";
    }

    public Task<string> TextAsync(string selector) => page.InnerTextAsync(selector);

    /// <summary>Keeps a picture of the page next to the test binaries (artifacts/), for people reading a CI run.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "artifacts", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
