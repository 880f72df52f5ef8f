using System.Text.Json;
using System.Threading.Channels;
using Briefing.Core.Answering;
using Briefing.Core.Configuration;
using Briefing.Core.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Lab;

/// <summary>
/// <c>POST /lab/api/run</c>: asks the question through the one <see cref="AnswerService"/> (as the CLI and Telegram
/// do) with a <see cref="LabRunObserver"/>, and streams what happens as server-sent events. Bad input is a 400 with
/// a message; a failure during the run is an "error" event — never a stack trace.
/// </summary>
internal static class LabRunEndpoint
{
    public static async Task RunAsync(
        HttpContext http, AnswerService answers, PassageMatcher matcher, IOptions<BriefingOptions> options, ILoggerFactory loggers)
    {
        var cancellationToken = http.RequestAborted;
        var (request, error) = await LabRequests.ReadAsync<LabRunRequest>(http.Request, cancellationToken);
        error ??= Validate(request!, options.Value);
        if (error is not null)
        {
            await LabRequests.Problem(error).ExecuteAsync(http);
            return;
        }

        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.Body.FlushAsync(cancellationToken);

        var events = Channel.CreateUnbounded<LabEvent>(new UnboundedChannelOptions { SingleReader = true });
        var observer = new LabRunObserver(events.Writer, matcher, LanguageDetector.Detect(request!.Question));
        var logger = loggers.CreateLogger("Briefing.Web.Lab");
        var run = Task.Run(async () =>
        {
            try
            {
                var answer = await answers.AskAsync(new AskRequest(request.Question!)
                {
                    History = History(request), Top = request.Top, Observer = observer,
                }, cancellationToken);
                observer.Answered(answer);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(ex, "A lab run failed");
                observer.Failed($"The run failed: {ex.Message}");
            }
            finally
            {
                events.Writer.TryComplete();
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var item in events.Reader.ReadAllAsync(cancellationToken))
            {
                await http.Response.WriteAsync($"event: {item.Name}\ndata: {JsonSerializer.Serialize(item.Payload, LabJson.Options)}\n\n", cancellationToken);
                await http.Response.Body.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The page went away mid-run.
        }
        await run;
    }

    private static string? Validate(LabRunRequest request, BriefingOptions options)
    {
        if (string.IsNullOrWhiteSpace(request.Question)) return "Type a question first.";
        if (request.Question.Length > options.MaxQuestionChars)
            return $"The question is {request.Question.Length:N0} characters long; questions may have at most {options.MaxQuestionChars:N0} (Briefing:MaxQuestionChars).";
        if (request.Top is <= 0 or > 50) return "Passages must be between 1 and 50.";
        if (request.History is { Count: > 20 }) return "At most 20 earlier turns are taken as chat history.";
        return null;
    }

    private static IReadOnlyList<ChatTurn> History(LabRunRequest request) =>
        (request.History ?? [])
            .Where(t => !string.IsNullOrWhiteSpace(t.Question))
            .Select(t => new ChatTurn(t.Question!.Trim(), t.Question!.Trim(), t.Answer?.Trim() ?? ""))
            .ToList();
}
