using System.Text.RegularExpressions;

namespace Briefing.Core.Llm;

/// <summary>
/// Reasoning models served through OpenAI-compatible endpoints (DeepSeek-R1, Qwen3 on Ollama) put their
/// thinking in <c>&lt;think&gt;...&lt;/think&gt;</c> before the reply. It is not the answer: a cited sentence in
/// there must not reach the user, and a sentinel mentioned while thinking is not the model's verdict.
/// </summary>
public static partial class ModelReasoning
{
    public static string Strip(string output)
    {
        var stripped = ThinkBlock().Replace(output, "");
        // An unclosed block (reply cut off by max_tokens while thinking) leaves no answer at all.
        var open = stripped.IndexOf("<think>", StringComparison.OrdinalIgnoreCase);
        return open >= 0 ? stripped[..open] : stripped;
    }

    [GeneratedRegex(@"<think>.*?</think>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ThinkBlock();
}
