using Microsoft.SemanticKernel;

namespace Briefing.Core.Llm;

/// <summary>Keeps the rendered prompt of one invocation, for <c>ask --trace</c>.</summary>
internal sealed class RenderedPromptCapture : IPromptRenderFilter
{
    public string RenderedPrompt { get; private set; } = "";

    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        await next(context);
        RenderedPrompt = context.RenderedPrompt ?? "";
    }
}
