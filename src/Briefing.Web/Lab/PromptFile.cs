namespace Briefing.Web.Lab;

/// <summary>One editable file of a prompt function directory (<c>skprompt.txt</c> or <c>config.json</c>).</summary>
public sealed record PromptFile(string Function, string File, string Content);
