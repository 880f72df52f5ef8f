using System.Text.Json;
using Briefing.Core.Answering;

namespace Briefing.Host.Cli;

/// <summary>Prints answers: readable text with numbered sources, one JSON object, or JSON Lines.</summary>
internal sealed class AnswerWriter(TextWriter output, bool json, bool asLines)
{
    public void Write(Answer answer)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(answer, asLines ? CliJson.Line : CliJson.Indented));
            return;
        }
        if (asLines) output.WriteLine($"? {answer.Question}");
        output.WriteLine(answer.Text);
        if (answer.Citations.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(answer.Language == "de" ? "Quellen:" : "Sources:");
            foreach (var citation in answer.Citations)
            {
                var details = string.Join(", ", new[] { citation.Source, citation.Published?.ToString("yyyy-MM-dd") }.Where(d => !string.IsNullOrEmpty(d)));
                output.WriteLine($"[{citation.N}] {citation.Title}{(details.Length > 0 ? $" — {details}" : "")}");
                output.WriteLine($"    > {citation.Quote}");
            }
        }
        if (asLines) output.WriteLine();
    }
}
