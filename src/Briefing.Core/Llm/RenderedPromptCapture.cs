using System.Net;
using Briefing.Core.Answering;
using Microsoft.SemanticKernel;

namespace Briefing.Core.Llm;

/// <summary>Keeps the rendered prompt of one invocation, for <c>ask --trace</c>, and shows it to the run's observer.</summary>
internal sealed class RenderedPromptCapture(IAnswerObserver? observer = null) : IPromptRenderFilter
{
    public string RenderedPrompt { get; private set; } = "";

    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        await next(context);
        RenderedPrompt = context.RenderedPrompt ?? "";
        observer?.PromptRendered(WebUtility.HtmlDecode(RenderedPrompt));
    }
}
