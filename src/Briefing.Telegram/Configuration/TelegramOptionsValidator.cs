using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Briefing.Telegram.Configuration;

/// <summary>Start-up checks whose messages name the key; the token itself never appears in a message.</summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{20,}$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();

    private static IEnumerable<string> WebhookProblems(TelegramOptions options)
    {
        if (!options.UsesWebhook)
        {
            if (!string.Equals(options.Mode?.Trim(), "Polling", StringComparison.OrdinalIgnoreCase))
                yield return $"Telegram:Mode must be 'Polling' or 'Webhook', not '{options.Mode}'.";
            yield break;
        }
        if (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            yield return "Telegram:Mode is 'Webhook' but Telegram:WebhookUrl is not an absolute http(s) URL (Telegram itself requires https).";
        // Telegram's rule for secret_token; the value is never echoed.
        if (!SecretShape().IsMatch(options.WebhookSecret))
            yield return "Telegram:Mode is 'Webhook' but Telegram:WebhookSecret is missing or not 1-256 characters of A-Z, a-z, 0-9, '_' and '-'.";
    }

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var failures = new List<string>();
        if (options.Enabled && !TokenShape().IsMatch(options.BotToken.Trim()))
            failures.Add("Telegram:BotToken is malformed: expected '<bot id>:<secret>' as issued by @BotFather.");
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            failures.Add($"Telegram:ApiBaseUrl must be an absolute http(s) URL, not '{options.ApiBaseUrl}'.");
        if (options.StaffUserIds.Any(id => id <= 0))
            failures.Add("Telegram:StaffUserIds must list positive Telegram user ids.");
        failures.AddRange(WebhookProblems(options));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
