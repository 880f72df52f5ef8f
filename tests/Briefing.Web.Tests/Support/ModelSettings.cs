using Briefing.Core.Tests.Support;

namespace Briefing.Web.Tests.Support;

/// <summary>Configuration that points the program at the fake OpenAI-compatible server.</summary>
public static class ModelSettings
{
    public static Dictionary<string, string?> For(FakeOpenAiServer model, bool streaming = true) => new()
    {
        ["Llm:Provider"] = "OpenAI",
        ["Llm:Endpoint"] = model.V1Url,
        ["Llm:Model"] = "fake-model",
        ["Llm:ApiKey"] = "test-key",
        ["Llm:MaxRetries"] = "0",
        ["Llm:Streaming"] = streaming ? "true" : "false",
    };
}
