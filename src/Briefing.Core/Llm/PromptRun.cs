namespace Briefing.Core.Llm;

/// <summary>One model call: the prompt as rendered (what <c>--trace</c> shows) and the model's raw reply.</summary>
public sealed record PromptRun(string RenderedPrompt, string Output);
