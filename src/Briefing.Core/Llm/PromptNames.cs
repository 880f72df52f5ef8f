namespace Briefing.Core.Llm;

/// <summary>The prompt plugin and function names: folders under <c>Llm:PromptsDir</c>.</summary>
public static class PromptNames
{
    public const string Plugin = "Briefing";
    public const string Answer = "Answer";
    public const string Condense = "Condense";
    public const string StorySummary = "StorySummary";

    /// <summary>What the prompts ask the model to reply, alone, when the passages do not answer.</summary>
    public const string NoAnswerSentinel = "NO_ANSWER_IN_PASSAGES";

    /// <summary>The language's English name, as the prompts name it to the model.</summary>
    public static string LanguageName(string language) => language.ToLowerInvariant() switch
    {
        "de" => "German",
        "en" => "English",
        "fr" => "French",
        "es" => "Spanish",
        "it" => "Italian",
        _ => language,
    };
}
