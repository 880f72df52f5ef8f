namespace Briefing.Web.Tests.Operations;

/// <summary>The lab has no login: it listens beyond loopback only when told to.</summary>
public sealed class WebOptionsValidatorTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", false, true)]
    [InlineData("http://localhost:5080;http://[::1]:5081", false, true)]
    [InlineData("http://0.0.0.0:5080", false, false)]
    [InlineData("http://0.0.0.0:5080", true, true)]
    [InlineData("https://127.0.0.1:5080", false, false)]
    [InlineData("not a url", false, false)]
    public void Urls_are_loopback_http_unless_remote_is_allowed(string urls, bool allowRemote, bool valid)
    {
        var result = new WebOptionsValidator().Validate(null, new WebOptions { Urls = urls, AllowRemote = allowRemote });

        Assert.Equal(valid, result.Succeeded);
        if (!valid) Assert.Contains("Web:", result.FailureMessage);
    }
}
