using Briefing.Web.Lab;
using Briefing.Web.Lab.Compare;
using Briefing.Web.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Briefing.Web;

/// <summary>
/// The web host's services: <c>Web</c> options, the prompt lab, health checks and telemetry. The program's host
/// calls it next to the engine's <c>AddBriefing...</c> calls and provides an <see cref="IPipelineVariantFactory"/>
/// for comparisons; other areas (e.g. Telegram webhooks) map their endpoints onto the same application.
/// </summary>
public static class BriefingWebServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingWebHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebOptions>().Bind(configuration.GetSection(WebOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebOptions>, WebOptionsValidator>());
        services.AddBriefingOperations(configuration);
        services.TryAddSingleton<PassageMatcher>();
        services.TryAddSingleton<PromptFiles>();
        services.TryAddSingleton<CompareService>();
        return services;
    }
}
