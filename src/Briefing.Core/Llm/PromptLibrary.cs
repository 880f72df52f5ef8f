using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Briefing.Core.Llm;

/// <summary>
/// The prompt functions of <c>{Llm:PromptsDir}/Briefing</c>, loaded with <c>CreatePluginFromPromptDirectory</c>.
/// Before each use the files are fingerprinted (they are a few KB) and reloaded when any changed, so an edited
/// <c>skprompt.txt</c> or <c>config.json</c> shapes the very next answer without a restart.
/// </summary>
public sealed class PromptLibrary(IOptions<LlmOptions> options, Lazy<Kernel> kernel, ILogger<PromptLibrary> logger)
{
    private readonly Lock gate = new();
    private KernelPlugin? plugin;
    private string? loadedFingerprint;

    /// <summary>The folder holding the prompt function directories.</summary>
    public string PluginDirectory => Path.Combine(PromptsLocation.Resolve(options.Value.PromptsDir), PromptNames.Plugin);

    /// <summary>The current version of a prompt function; throws <see cref="InvalidOperationException"/> when it is missing.</summary>
    public KernelFunction Get(string functionName)
    {
        var directory = PluginDirectory;
        if (!Directory.Exists(directory))
            throw new InvalidOperationException($"The prompts folder {directory} does not exist (Llm:PromptsDir).");
        var fingerprint = Fingerprint(directory);
        lock (gate)
        {
            if (plugin is null || fingerprint != loadedFingerprint)
            {
                plugin = kernel.Value.CreatePluginFromPromptDirectory(directory, PromptNames.Plugin);
                if (loadedFingerprint is not null) logger.LogInformation("Prompts in {PromptsDirectory} changed; reloaded", directory);
                loadedFingerprint = fingerprint;
            }
            return plugin.TryGetFunction(functionName, out var function)
                ? function
                : throw new InvalidOperationException($"The prompt {PromptNames.Plugin}/{functionName} is missing in {directory}.");
        }
    }

    private static string Fingerprint(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file));
            try
            {
                hash.AppendData(File.ReadAllBytes(file));
            }
            catch (IOException)
            {
                // An editor is writing the file right now: fingerprint what we have; the next call sees the final version.
            }
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
