using System.Text.Json;
using Briefing.Core.Answering;

namespace Briefing.Host.Cli;

/// <summary>JSON as the contract prints it: the engine's <see cref="AnswerJson"/> options, shared with the lab.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Indented = AnswerJson.Indented;
    /// <summary>One object per line, for JSON Lines output.</summary>
    public static readonly JsonSerializerOptions Line = AnswerJson.Line;
}
