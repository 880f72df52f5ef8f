using Briefing.Core.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Host;

/// <summary>Puts every logger provider registered so far behind <see cref="RedactingLoggerProvider"/>.</summary>
internal static class SecretRedactionLogging
{
    /// <summary>Call after the providers (console) are added: they are re-registered wrapped.</summary>
    public static ILoggingBuilder RedactSecrets(this ILoggingBuilder logging, IConfiguration configuration)
    {
        var services = logging.Services;
        for (var i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType != typeof(ILoggerProvider)) continue;
            services[i] = ServiceDescriptor.Singleton<ILoggerProvider>(sp => new RedactingLoggerProvider(
                CreateInner(sp, descriptor),
                sp.GetService<SecretRedactor>() ?? SecretRedactor.FromConfiguration(configuration),
                // Asked lazily, on a category's first log line, when the factory that owns the filters exists.
                category => sp.GetRequiredService<ILoggerFactory>().CreateLogger(category).IsEnabled(LogLevel.Debug)));
        }
        return logging;
    }

    private static ILoggerProvider CreateInner(IServiceProvider services, ServiceDescriptor descriptor) =>
        (ILoggerProvider)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
