using Briefing.Web.Lab;
using Briefing.Web.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web;

/// <summary>Kestrel on <c>Web:Urls</c> and the web host's endpoints, for a <see cref="WebApplicationBuilder"/> the program composes.</summary>
public static class BriefingWebApplication
{
    /// <summary>Kestrel (HTTP/1.1 and 2, no TLS: put a reverse proxy in front for that) and routing on an empty builder.</summary>
    public static WebApplicationBuilder UseBriefingWebServer(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(WebOptions.SectionName).Get<WebOptions>() ?? new WebOptions();
        builder.WebHost.UseKestrelCore().UseUrls([.. options.UrlList]);
        builder.Services.AddRoutingCore();
        return builder;
    }

    /// <summary>The lab, <c>/healthz</c>, <c>/readyz</c> and <c>/metrics</c>.</summary>
    public static IEndpointRouteBuilder MapBriefingWebHost(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapBriefingLab().MapBriefingOperations().MapTelegramWebhook();
}
