using System.Text;
using Briefing.Core.Answering;
using Briefing.Core.Conversations;
using Briefing.Core.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Llm;

/// <summary>
/// Resolves a follow-up into one standalone question with the model (<c>Briefing/Condense</c> prompt), in the
/// question's language (retrieval expands across languages itself). Without history the question is returned
/// unchanged, with no model call; on failure or an unusable reply the offline <see cref="KeyTermQuestionCondenser"/> decides.
/// </summary>
public sealed class LlmQuestionCondenser(
    PromptRunner runner, KeyTermQuestionCondenser offline, IOptions<LlmOptions> options, SecretRedactor redactor, ILogger<LlmQuestionCondenser> logger) : IQuestionCondenser
{
    private const int TurnsShown = 4;

    public async Task<string> CondenseAsync(string question, string language, IReadOnlyList<ChatTurn> history, CancellationToken cancellationToken)
    {
        if (history.Count == 0) return question;
        try
        {
            var run = await runner.RunAsync(PromptNames.Condense, new Dictionary<string, object?>
            {
                ["question"] = question,
                ["language"] = PromptNames.LanguageName(language),
                ["history"] = FormatHistory(history),
            }, cancellationToken, TimeSpan.FromSeconds(options.Value.AnswerDeadlineSeconds));
            if (Clean(run.Output, question) is { } standalone) return standalone;
            logger.LogWarning("The model's standalone question was unusable; using the offline condenser");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The model could not condense the follow-up ({Reason}); using the offline condenser",
                redactor.Redact(ex.Message).ReplaceLineEndings(" "));
            logger.LogDebug(ex, "Condensing failed");
        }
        return await offline.CondenseAsync(question, language, history, cancellationToken);
    }

    private static string FormatHistory(IReadOnlyList<ChatTurn> history)
    {
        var text = new StringBuilder();
        foreach (var turn in history.TakeLast(TurnsShown))
        {
            text.Append("User: ").AppendLine(turn.Question);
            var answer = turn.AnswerText.Length > 400 ? turn.AnswerText[..400] + " ..." : turn.AnswerText;
            text.Append("Assistant: ").AppendLine(answer);
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>The first line without quotes or a label; null when empty, the sentinel, or implausibly long.</summary>
    private static string? Clean(string output, string question)
    {
        var line = ModelReasoning.Strip(output).Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (line is null) return null;
        foreach (var label in new[] { "Standalone question:", "Question:", "Frage:", "Eigenständige Frage:" })
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase)) line = line[label.Length..].Trim();
        line = line.Trim('"', '\'', '„', '“', '”', '«', '»', '`').Trim();
        if (line.Length == 0 || line.Contains(PromptNames.NoAnswerSentinel, StringComparison.OrdinalIgnoreCase)) return null;
        return line.Length > Math.Max(300, question.Length * 4) ? null : line;
    }
}
