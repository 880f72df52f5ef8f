using Microsoft.Playwright;

namespace Briefing.Web.Tests.Support;

/// <summary>
/// Debian's chromium driven by Playwright's bundled driver, headless. The browser is never downloaded: a missing
/// <c>/usr/bin/chromium</c> fails the test with the command that installs it (<c>.ci/run</c> does).
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: install it with 'apt-get install chromium' (.ci/run does).");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Root in CI has no user namespace sandbox; /dev/shm is small in containers.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
