using System.Text.Json;
using Briefing.Core.Answering;

namespace Briefing.Web.Lab;

/// <summary>The lab's wire format: the contract's JSON (camelCase, readable umlauts), one line per event.</summary>
internal static class LabJson
{
    public static readonly JsonSerializerOptions Options = AnswerJson.Line;
}
