using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefing.Core.Answering;

/// <summary>JSON as the contract prints it (<c>ask --json</c>, the lab): camelCase, readable umlauts.</summary>
public static class AnswerJson
{
    public static readonly JsonSerializerOptions Indented = Create(indented: true);
    /// <summary>One object per line, for JSON Lines output.</summary>
    public static readonly JsonSerializerOptions Line = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented) => new(JsonSerializerDefaults.Web)
    {
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
