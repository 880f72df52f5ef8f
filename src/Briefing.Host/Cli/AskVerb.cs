using System.CommandLine;
using Briefing.Core.Answering;
using Briefing.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Cli;

/// <summary><c>ask "QUESTION" [--json] [--top N]</c> or <c>ask --questions FILE [--json]</c>: grounded answers with citations.</summary>
internal static class AskVerb
{
    public static Command Create(CliConsole console)
    {
        var question = new Argument<string?>("question") { Description = "The question.", Arity = ArgumentArity.ZeroOrOne };
        var questions = new Option<FileInfo?>("--questions") { Description = "A file of questions: one a line, or JSON Lines with \"question\"." };
        var json = new Option<bool>("--json") { Description = "Print the answer as JSON (JSON Lines with --questions)." };
        var top = new Option<int?>("--top") { Description = "How many passages to retrieve." };
        var prompts = new Option<DirectoryInfo?>("--prompts") { Description = "Prompt folder for this run (overrides Llm:PromptsDir)." };
        var trace = new Option<bool>("--trace") { Description = "Print the rendered prompt, raw model output, verifier removals and final answer to stderr." };
        var command = new Command("ask", "Answer a question from the indexed articles, with citations.") { question, questions, json, top, prompts, trace };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var text = parseResult.GetValue(question);
            var file = parseResult.GetValue(questions);
            if ((text is null) == (file is null))
                return Usage(console, "Give either a question or --questions FILE.");
            if (text is not null && string.IsNullOrWhiteSpace(text))
                return Usage(console, "The question is empty.");
            if (parseResult.GetValue(top) is <= 0 or > 50)
                return Usage(console, "--top must be between 1 and 50.");

            if (parseResult.GetValue(prompts) is { Exists: false } missing)
                return Usage(console, $"The prompts folder '{missing.FullName}' does not exist.");
            using var host = CliHost.BuildForReading(parseResult, parseResult.GetValue(prompts) is { } folder
                ? new Dictionary<string, string?> { ["Llm:PromptsDir"] = folder.FullName }
                : null);
            var tracing = parseResult.GetValue(trace);
            var answers = host.Services.GetRequiredService<AnswerService>();
            var maxChars = host.Services.GetRequiredService<IOptions<BriefingOptions>>().Value.MaxQuestionChars;
            var output = new AnswerWriter(console.Out, parseResult.GetValue(json), asLines: file is not null);
            if (text is not null)
            {
                NoteIfShortened(console, text, maxChars);
                output.Write(WriteTrace(console, await answers.AskAsync(new AskRequest(text) { Top = parseResult.GetValue(top), Trace = tracing }, cancellationToken)));
                return ExitCodes.Success;
            }
            return await AskManyAsync(console, answers, output, file!, parseResult.GetValue(top), tracing, maxChars, cancellationToken);
        });
        return command;
    }

    private static async Task<int> AskManyAsync(CliConsole console, AnswerService answers, AnswerWriter output, FileInfo file, int? top, bool trace, int maxChars, CancellationToken cancellationToken)
    {
        if (!file.Exists) return Usage(console, $"The questions file '{file.FullName}' does not exist.");
        var exitCode = ExitCodes.Success;
        foreach (var entry in QuestionsFile.Read(file.FullName))
        {
            if (entry.Error is not null)
            {
                console.Error.WriteLine($"{file.Name}:{entry.LineNumber}: {entry.Error}");
                exitCode = ExitCodes.BadInput;
                continue;
            }
            NoteIfShortened(console, entry.Question!, maxChars);
            output.Write(WriteTrace(console, await answers.AskAsync(new AskRequest(entry.Question!) { Top = top, Trace = trace }, cancellationToken)));
        }
        return exitCode;
    }

    /// <summary><c>--trace</c>: the answer's diagnostics as one delimited block on stderr, so stdout stays the answer.</summary>
    private static Answer WriteTrace(CliConsole console, Answer answer)
    {
        if (answer.Trace.Count == 0) return answer;
        console.Error.WriteLine($"----- trace: {answer.Question} -----");
        foreach (var line in answer.Trace) console.Error.WriteLine(line);
        console.Error.WriteLine("----- end of trace -----");
        return answer;
    }

    /// <summary>A question over <c>Briefing:MaxQuestionChars</c> is answered from its beginning; the user is told so.</summary>
    private static void NoteIfShortened(CliConsole console, string question, int maxChars)
    {
        var length = string.Join(' ', question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Length;
        if (length > maxChars)
            console.Error.WriteLine($"The question has {length} characters; it was shortened to its first {maxChars} (Briefing:MaxQuestionChars).");
    }

    private static int Usage(CliConsole console, string message)
    {
        console.Error.WriteLine(message);
        return ExitCodes.BadInput;
    }
}
