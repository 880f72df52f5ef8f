using System.Net;
using System.Text;
using Briefing.Core.Answering;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Briefing.Core.Llm;

/// <summary>
/// Runs a prompt function from <see cref="PromptLibrary"/> against the configured chat model on the host's one
/// Semantic Kernel (<see cref="HostKernel"/>, which holds the chat completion service). Retries and the per-request timeout live in the HTTP pipeline (see
/// <see cref="LlmServiceCollectionExtensions"/>); this class adds a deadline for the whole call, which also
/// bounds a streamed reply that trickles in.
/// </summary>
public sealed class PromptRunner
{
    private readonly LlmOptions options;
    private readonly PromptLibrary prompts;
    private readonly TimeProvider time;
    private readonly Lazy<Kernel> kernel;

    public PromptRunner(IOptions<LlmOptions> options, PromptLibrary prompts, Lazy<Kernel> kernel, TimeProvider time)
    {
        this.options = options.Value;
        this.prompts = prompts;
        this.time = time;
        this.kernel = kernel;
    }

    public bool IsEnabled => options.IsEnabled;

    /// <summary>The model's name, reported as the answer's <c>generator</c>.</summary>
    public string ModelId => options.ModelId;

    /// <summary>Longest a whole call may take: every attempt's timeout plus room for Retry-After waits.</summary>
    public TimeSpan CallBudget => TimeSpan.FromSeconds(options.TimeoutSeconds * (options.MaxRetries + 1) + 30 * options.MaxRetries);

    /// <summary>
    /// Renders and runs <paramref name="functionName"/>; throws on model failure, <see cref="TimeoutException"/> past
    /// the budget — <see cref="CallBudget"/>, or <paramref name="deadline"/> when that is shorter (a user waiting for an
    /// answer). Cancelling at the deadline also ends the HTTP pipeline's retries: nothing is retried past it.
    /// <paramref name="observer"/> sees the rendered prompt and the reply as it streams in.
    /// </summary>
    public async Task<PromptRun> RunAsync(string functionName, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken,
        TimeSpan? deadline = null, IAnswerObserver? observer = null)
    {
        var limit = deadline is { } answerDeadline && answerDeadline < CallBudget ? answerDeadline : CallBudget;
        var function = prompts.Get(functionName);
        var arguments = Arguments(function, variables);
        var capture = new RenderedPromptCapture(observer);
        // A per-call clone (shared services and plugins) carries this call's render filter only.
        var callKernel = kernel.Value.Clone();
        callKernel.PromptRenderFilters.Add(capture);

        using var budget = new CancellationTokenSource(limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            string output;
            if (options.Streaming) output = await StreamAsync(function, callKernel, arguments, observer, linked.Token);
            else
            {
                output = (await function.InvokeAsync(callKernel, arguments, linked.Token)).GetValue<string>() ?? "";
                observer?.ModelOutput(output);
            }
            return new PromptRun(WebUtility.HtmlDecode(capture.RenderedPrompt), output);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The model did not answer within {limit.TotalSeconds:0.#} s.");
        }
    }

    private static async Task<string> StreamAsync(KernelFunction function, Kernel kernel, KernelArguments arguments, IAnswerObserver? observer, CancellationToken cancellationToken)
    {
        var output = new StringBuilder();
        await foreach (var chunk in function.InvokeStreamingAsync<StreamingChatMessageContent>(kernel, arguments, cancellationToken))
        {
            output.Append(chunk.Content);
            if (observer is not null && !string.IsNullOrEmpty(chunk.Content)) observer.ModelOutput(chunk.Content);
        }
        return output.ToString();
    }

    /// <summary>The prompt's own execution settings (config.json), with <c>Llm:Temperature</c> laid over them when set.</summary>
    private KernelArguments Arguments(KernelFunction function, IReadOnlyDictionary<string, object?> variables)
    {
        KernelArguments arguments;
        if (options.Temperature is { } temperature)
        {
            var configured = function.ExecutionSettings?.Values.FirstOrDefault();
            var settings = configured is null
                ? new OpenAIPromptExecutionSettings()
                : (OpenAIPromptExecutionSettings)OpenAIPromptExecutionSettings.FromExecutionSettings(configured).Clone();
            settings.Temperature = temperature;
            arguments = new KernelArguments(settings);
        }
        else arguments = new KernelArguments();
        foreach (var (name, value) in variables) arguments[name] = value;
        return arguments;
    }
}
