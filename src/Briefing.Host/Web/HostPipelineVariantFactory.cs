using Briefing.Core.Evaluation;
using Briefing.Web.Lab.Compare;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Web;

/// <summary>
/// Builds a variant of the whole program's composition (as <c>ask --prompts</c> would) for the lab's comparisons:
/// the running host's overrides, then the variant's keys. It only reads the index the running host writes.
/// </summary>
internal sealed class HostPipelineVariantFactory(IReadOnlyDictionary<string, string?> baseOverrides) : IPipelineVariantFactory
{
    public IPipelineVariant Create(IReadOnlyDictionary<string, string?> overrides)
    {
        // Routine information logs of a variant would only repeat the lab's.
        var merged = new Dictionary<string, string?> { ["Logging:LogLevel:Briefing"] = "Warning" };
        foreach (var (key, value) in baseOverrides) merged[key] = value;
        foreach (var (key, value) in overrides) merged[key] = value;
        var host = BriefingHostFactory.CreateBuilder(merged).Build();
        try
        {
            host.Services.GetService<IStartupValidator>()?.Validate();
            return new Variant(host);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private sealed class Variant(IHost host) : IPipelineVariant
    {
        public EvaluationRunner Evaluation => host.Services.GetRequiredService<EvaluationRunner>();

        public void Dispose() => host.Dispose();
    }
}
