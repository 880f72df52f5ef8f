using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Briefing.Telegram.Tests.Support;

/// <summary>Webhook delivery: Telegram's POST of an update to the bot's URL, with the secret the bot registered.</summary>
public sealed partial class FakeBotApiServer
{
    private static readonly HttpClient WebhookClient = new();

    /// <summary>
    /// Numbers <paramref name="update"/> as Telegram would (unless numbered already) and posts it to <paramref name="url"/> (one instance behind the
    /// load balancer) with <paramref name="secret"/> (default: the registered one) in X-Telegram-Bot-Api-Secret-Token.
    /// </summary>
    public async Task<HttpStatusCode> PostToWebhookAsync(string url, JsonObject update, string? secret = null)
    {
        // An update that already has its number is a redelivery (to another instance, after a failed call): it keeps it.
        lock (_gate) update["update_id"] ??= _nextUpdateId++;
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if ((secret ?? WebhookSecret) is { } token) request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", token);
        using var response = await WebhookClient.SendAsync(request);
        return response.StatusCode;
    }
}
