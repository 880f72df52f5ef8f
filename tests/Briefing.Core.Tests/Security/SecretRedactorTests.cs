using Briefing.Core.Security;
using Microsoft.Extensions.Configuration;

namespace Briefing.Core.Tests.Security;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("Incorrect API key provided: Bearer sk-proj-abcdefghijklmnop1234", "sk-proj-abcdefghijklmnop1234")]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.signature", "eyJhbGciOiJIUzI1NiJ9.payload.signature")]
    [InlineData("GET https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe", "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")]
    [InlineData("{\"api_key\": \"a1b2c3d4e5f6\", \"model\": \"x\"}", "a1b2c3d4e5f6")]
    [InlineData("Host=db;Username=briefing;Password=hunter2hunter2;", "hunter2hunter2")]
    public void Known_secret_shapes_are_masked(string text, string secret)
    {
        var redacted = SecretRedactor.PatternsOnly.Redact(text);

        Assert.DoesNotContain(secret, redacted);
        Assert.Contains(SecretRedactor.Mask, redacted);
    }

    [Fact]
    public void Configured_secret_values_are_masked_wherever_they_appear()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:ApiKey"] = "plainkeyvalue42",
            ["Embeddings:ApiKey"] = "another-secret-99",
            ["Telegram:WebhookSecret"] = "webhook-s3cret",
            ["Llm:Model"] = "fake-model",
        }).Build();
        var redactor = SecretRedactor.FromConfiguration(configuration);

        var redacted = redactor.Redact("key plainkeyvalue42 then another-secret-99 and webhook-s3cret for fake-model");

        Assert.Equal("key [redacted] then [redacted] and [redacted] for fake-model", redacted);
    }

    [Fact]
    public void Ordinary_text_is_left_alone()
    {
        const string text = "The model fake-model returned 401 (Unauthorized) at 12:30:15; the token is missing.";

        Assert.Equal(text, SecretRedactor.PatternsOnly.Redact(text));
    }
}
