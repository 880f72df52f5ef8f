using System.Net;
using System.Net.Http;
using Briefing.Core.Articles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Briefing.Core.Web;

/// <summary>Registers web page and feed ingestion: the guarded HTTP client, the HTML parser, the feed reader and poller.</summary>
public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebIngestionOptions>()
            .Bind(configuration.GetSection(WebIngestionOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(WebFetcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => CreateHandler(provider.GetRequiredService<IOptions<WebIngestionOptions>>().Value))
            .AddResilienceHandler("briefing-web", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<WebIngestionOptions>>().Value;
                if (settings.Retries > 0) pipeline.AddRetry(RetryOptions(settings.Retries));
            });

        services.TryAddSingleton<HtmlArticleParser>();
        services.AddSingleton<IArticleFormatParser>(provider => provider.GetRequiredService<HtmlArticleParser>());
        services.TryAddSingleton<WebFetcher>();
        services.TryAddSingleton<WebPageReader>();
        services.TryAddSingleton<FeedItemsReader>();
        services.TryAddSingleton<WebArticleSource>();
        services.AddSingleton<IRemoteArticleSource>(provider => provider.GetRequiredService<WebArticleSource>());
        // The poller reads Briefing:Sources when it starts, so a one-shot CLI verb never trips over it.
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<FeedPollingService>(provider, configuration));
        services.AddHostedService(provider => provider.GetRequiredService<FeedPollingService>());
        return services;
    }

    private static SocketsHttpHandler CreateHandler(WebIngestionOptions settings) => new()
    {
        // Redirects are followed by WebFetcher so that each hop is checked and counted.
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        // A proxy would be the only address the connect guard sees; the target must be checked itself.
        UseProxy = false,
        ConnectTimeout = settings.RequestTimeout,
        ConnectCallback = new GuardedConnector(settings.AllowPrivateNetworks).ConnectAsync,
    };

    private static HttpRetryStrategyOptions RetryOptions(int retries) => new()
    {
        MaxRetryAttempts = retries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = TimeSpan.FromMilliseconds(500),
        // A refused address stays refused: retrying would only repeat the refusal.
        ShouldHandle = args => ValueTask.FromResult(
            BlockedAddressException.FindIn(args.Outcome.Exception) is null
            && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
    };
}
