using Briefing.Telegram.Configuration;

namespace Briefing.Telegram.Tests.Configuration;

public class TelegramOptionsValidatorTests
{
    [Theory]
    [InlineData("", "https://api.telegram.org")]
    [InlineData("123456:ABCdefGHIjklMNOpqrSTUvwxYZ_0123456", "http://127.0.0.1:8081")]
    public void Accepts_an_empty_or_well_formed_token_and_an_http_base_url(string token, string baseUrl)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = token, ApiBaseUrl = baseUrl });

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("secret-without-colon", "https://api.telegram.org", "Telegram:BotToken")]
    [InlineData("123:short", "https://api.telegram.org", "Telegram:BotToken")]
    [InlineData("", "ftp://example.org", "Telegram:ApiBaseUrl")]
    [InlineData("", "not a url", "Telegram:ApiBaseUrl")]
    public void Rejects_bad_values_naming_the_key_but_never_the_token(string token, string baseUrl, string key)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = token, ApiBaseUrl = baseUrl });

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage);
        if (token.Length > 0) Assert.DoesNotContain(token, result.FailureMessage);
    }

    [Fact]
    public void Rejects_non_positive_staff_ids()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { StaffUserIds = [0] });

        Assert.Contains("Telegram:StaffUserIds", result.FailureMessage);
    }

    [Theory]
    [InlineData("Sideways", "", "", "Telegram:Mode must be 'Polling' or 'Webhook'")]
    [InlineData("Webhook", "", "s3cret", "Telegram:WebhookUrl")]
    [InlineData("Webhook", "bot.example.org/hook", "s3cret", "Telegram:WebhookUrl")]
    [InlineData("webhook", "https://bot.example.org/hook", "", "Telegram:WebhookSecret")]
    [InlineData("Webhook", "https://bot.example.org/hook", "has spaces and ü", "Telegram:WebhookSecret")]
    public void Webhook_mode_needs_a_url_and_a_well_formed_secret_and_never_echoes_it(string mode, string url, string secret, string expected)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { Mode = mode, WebhookUrl = url, WebhookSecret = secret });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage);
        if (secret.Length > 0) Assert.DoesNotContain(secret, result.FailureMessage);
    }

    [Fact]
    public void Accepts_webhook_mode_with_an_https_url_and_a_secret()
    {
        var result = new TelegramOptionsValidator().Validate(null,
            new TelegramOptions { Mode = "Webhook", WebhookUrl = "https://bot.example.org/telegram/hook", WebhookSecret = "A-z_09" });

        Assert.True(result.Succeeded);
    }
}
