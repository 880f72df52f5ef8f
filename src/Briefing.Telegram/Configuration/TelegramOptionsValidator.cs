using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Briefing.Telegram.Configuration;

/// <summary>Start-up checks whose messages name the key; the token itself never appears in a message.</summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{20,}$")]
    private static partial Regex TokenShape();

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var failures = new List<string>();
        if (options.Enabled && !TokenShape().IsMatch(options.BotToken.Trim()))
            failures.Add("Telegram:BotToken is malformed: expected '<bot id>:<secret>' as issued by @BotFather.");
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            failures.Add($"Telegram:ApiBaseUrl must be an absolute http(s) URL, not '{options.ApiBaseUrl}'.");
        if (options.StaffUserIds.Any(id => id <= 0))
            failures.Add("Telegram:StaffUserIds must list positive Telegram user ids.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
