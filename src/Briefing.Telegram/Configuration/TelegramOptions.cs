using System.ComponentModel.DataAnnotations;

namespace Briefing.Telegram.Configuration;

/// <summary>The <c>Telegram</c> configuration section. The token comes from user secrets or the environment only.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";
    public const string PublicApiBaseUrl = "https://api.telegram.org";

    /// <summary>Empty: the host runs the console chat instead of Telegram.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>Bot API base URL; a self-hosted Bot API server or a test fake.</summary>
    public string ApiBaseUrl { get; set; } = PublicApiBaseUrl;

    /// <summary>Telegram user ids allowed to use /ingest, /stats and document uploads.</summary>
    public long[] StaffUserIds { get; set; } = [];

    [Range(1, 1000, ErrorMessage = "Telegram:MaxQuestionsPerMinute must be between 1 and 1000.")]
    public int MaxQuestionsPerMinute { get; set; } = 10;

    /// <summary>Minimum gap between two messages to one chat (Telegram allows about one a second).</summary>
    [Range(0, 60_000, ErrorMessage = "Telegram:PerChatMessageIntervalMs must be between 0 and 60000.")]
    public int PerChatMessageIntervalMs { get; set; } = 1_000;

    /// <summary>Messages per second over all chats (Telegram allows about 30).</summary>
    [Range(1, 1000, ErrorMessage = "Telegram:GlobalMessagesPerSecond must be between 1 and 1000.")]
    public int GlobalMessagesPerSecond { get; set; } = 25;

    /// <summary>Long-polling wait of one getUpdates call.</summary>
    [Range(0, 50, ErrorMessage = "Telegram:PollTimeoutSeconds must be between 0 and 50.")]
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>Updates handled at the same time (different chats; one chat's updates are always handled in order).</summary>
    [Range(1, 256, ErrorMessage = "Telegram:MaxConcurrentUpdates must be between 1 and 256.")]
    public int MaxConcurrentUpdates { get; set; } = 8;

    /// <summary>
    /// Instances on one database: how long an instance holds an update it is answering. When it dies mid-answer,
    /// another instance answers after this; longer than the slowest answer (Llm:AnswerDeadlineSeconds).
    /// </summary>
    [Range(2, 3600, ErrorMessage = "Telegram:UpdateLeaseSeconds must be between 2 and 3600.")]
    public int UpdateLeaseSeconds { get; set; } = 60;

    /// <summary>
    /// <c>Polling</c> (default: long-poll getUpdates) or <c>Webhook</c>: Telegram posts each update to
    /// <see cref="WebhookUrl"/>, which <c>run</c> serves (several instances can sit behind one load balancer).
    /// </summary>
    public string Mode { get; set; } = "Polling";

    /// <summary>The public https URL Telegram posts to (through the reverse proxy); its path is the endpoint <c>run</c> serves.</summary>
    public string WebhookUrl { get; set; } = "";

    /// <summary>Sent back by Telegram in <c>X-Telegram-Bot-Api-Secret-Token</c>; requests without it are refused. A secret: environment only.</summary>
    public string WebhookSecret { get; set; } = "";

    public bool UsesWebhook => string.Equals(Mode?.Trim(), "Webhook", StringComparison.OrdinalIgnoreCase);

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);
}
