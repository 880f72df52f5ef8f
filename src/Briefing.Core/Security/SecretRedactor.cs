using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Briefing.Core.Security;

/// <summary>
/// The one place where text from outside (upstream error bodies, exception messages) loses its secrets before it
/// reaches a log line or a message: bearer tokens, OpenAI-style keys (<c>sk-...</c>), Telegram bot tokens,
/// <c>key=value</c> pairs whose key names a secret, and every secret value found in the configuration.
/// </summary>
public sealed partial class SecretRedactor
{
    public const string Mask = "[redacted]";

    /// <summary>Configuration keys whose values are secrets (the last segment of the key, case-insensitive).</summary>
    private static readonly string[] SecretKeySuffixes = ["ApiKey", "Token", "Secret", "Password"];

    /// <summary>Shorter configured values are too likely to be ordinary words to be masked everywhere.</summary>
    private const int MinSecretLength = 6;

    private readonly string[] _secrets;

    public SecretRedactor(IEnumerable<string?> secretValues)
    {
        // Longest first, so a secret that contains another is masked whole.
        _secrets = secretValues.Where(s => s is { Length: >= MinSecretLength }).Select(s => s!).Distinct()
            .OrderByDescending(s => s.Length).ToArray();
    }

    /// <summary>Patterns only: for code paths composed without configuration.</summary>
    public static SecretRedactor PatternsOnly { get; } = new([]);

    /// <summary>The secrets named by <paramref name="configuration"/>'s keys (…ApiKey, …Token, …Secret, …Password) plus the patterns.</summary>
    public static SecretRedactor FromConfiguration(IConfiguration? configuration)
    {
        if (configuration is null) return PatternsOnly;
        var values = configuration.AsEnumerable()
            .Where(pair => !string.IsNullOrWhiteSpace(pair.Value) && IsSecretKey(pair.Key))
            .Select(pair => pair.Value!.Trim());
        return new SecretRedactor(values);
    }

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
        foreach (var secret in _secrets) text = text.Replace(secret, Mask, StringComparison.Ordinal);
        text = Bearer().Replace(text, "$1 " + Mask);
        text = OpenAiKey().Replace(text, Mask);
        text = BotToken().Replace(text, Mask);
        return SecretAssignment().Replace(text, m => m.Groups["name"].Value + m.Groups["sep"].Value + Mask);
    }

    private static bool IsSecretKey(string key)
    {
        var last = key[(key.LastIndexOf(':') + 1)..];
        return SecretKeySuffixes.Any(suffix => last.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
               || key.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=:-]{8,}", RegexOptions.IgnoreCase)]
    private static partial Regex Bearer();

    [GeneratedRegex(@"\bsk-[A-Za-z0-9_*.-]{6,}")]
    private static partial Regex OpenAiKey();

    /// <summary>Telegram bot tokens: the bot's numeric id, a colon, 30+ characters (also inside Bot API URLs).</summary>
    [GeneratedRegex(@"\d+:[A-Za-z0-9_-]{30,}")]
    private static partial Regex BotToken();

    [GeneratedRegex(@"(?<name>\b(?:api[_-]?key|access[_-]?token|refresh[_-]?token|secret|password|pwd)""?)(?<sep>\s*[:=]\s*""?)[^\s""',;&}]+", RegexOptions.IgnoreCase)]
    private static partial Regex SecretAssignment();
}
