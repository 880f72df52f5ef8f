using Briefing.Telegram.Configuration;
using Briefing.Telegram.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Web;

/// <summary>
/// <c>POST</c> on the path of <c>Telegram:WebhookUrl</c> (webhook mode): refused with 401 unless the
/// <c>X-Telegram-Bot-Api-Secret-Token</c> header carries <c>Telegram:WebhookSecret</c>; 400 for a body that is no update;
/// otherwise 200 at once (the update is queued, answered in the background).
/// </summary>
public static class TelegramWebhookEndpoint
{
    /// <summary>Telegram's updates are small; anything larger is not from Telegram.</summary>
    private const int MaxBodyBytes = 1 << 20;

    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints)
    {
        var telegram = endpoints.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (!telegram.Enabled || !telegram.UsesWebhook) return endpoints;
        endpoints.MapPost(new Uri(telegram.WebhookUrl).AbsolutePath, (RequestDelegate)HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http)
    {
        var receiver = http.RequestServices.GetRequiredService<WebhookReceiver>();
        if (!receiver.IsFromTelegram(http.Request.Headers[WebhookReceiver.SecretHeader].FirstOrDefault()))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        using var reader = new StreamReader(http.Request.Body);
        var json = await reader.ReadToEndAsync(http.RequestAborted);
        http.Response.StatusCode = receiver.Receive(json) ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }
}
