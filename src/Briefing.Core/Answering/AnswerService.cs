using Briefing.Core.Configuration;
using Briefing.Core.Diagnostics;
using Briefing.Core.Search;
using Briefing.Core.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Briefing.Core.Answering;

/// <summary>
/// One question in, one grounded answer out — the same pipeline for the CLI, the console chat and Telegram:
/// follow-up resolution, retrieval (kernel "Retrieval" plugin), generation (kernel "Answering" plugin).
/// </summary>
public sealed class AnswerService(
    Kernel kernel,
    IQuestionCondenser condenser,
    ITopicJudge topicJudge,
    IOptions<BriefingOptions> options,
    TimeProvider time,
    ILogger<AnswerService> logger,
    BriefingMetrics? metrics = null)
{
    private readonly IQuestionCondenser? _condenser = condenser;
    private readonly ITopicJudge? _topicJudge = topicJudge;

    public async Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var settings = options.Value;
        var typed = QuestionText.Normalize(request.Question, settings.MaxQuestionChars);
        // "Weißt du, wer …" asks "Wer …": the frame is read by nothing (it named no detail and no topic).
        var question = ConversationalWrapper.Strip(typed);
        var language = LanguageDetector.Detect(question);
        if (question.Length == 0)
        {
            return new Answer
            {
                Question = question, Language = language, Abstained = true, Text = Phrases.EmptyQuestion(language),
                Citations = [], Generator = ExtractiveAnswerGenerator.GeneratorName,
            };
        }

        using var answerActivity = BriefingActivities.Source.StartActivity("answer");
        var standalone = await CondenseAsync(question, language, request.History, cancellationToken);
        var retrieveActivity = BriefingActivities.Source.StartActivity("retrieve");
        var hits = await kernel.InvokeAsync<IReadOnlyList<PassageHit>>(
            RetrievalPlugin.PluginName, RetrievalPlugin.SearchFunctionName,
            new KernelArguments
            {
                ["query"] = standalone,
                ["language"] = language,
                ["top"] = request.Top ?? settings.TopPassages,
            }, cancellationToken) ?? [];
        retrieveActivity?.SetTag("briefing.passages", hits.Count);
        retrieveActivity?.Dispose();
        request.Observer?.Retrieved(standalone, hits);
        var context = new AnswerContext(question, standalone, language, hits) { Trace = request.Trace, Observer = request.Observer };
        var generateActivity = BriefingActivities.Source.StartActivity("generate");
        var generated = await kernel.InvokeAsync<GeneratedAnswer>(
            GeneratorPlugin.PluginName, GeneratorPlugin.GenerateFunctionName,
            new KernelArguments { ["context"] = context }, cancellationToken)
            ?? throw new InvalidOperationException("The answer generator returned nothing.");
        generateActivity?.SetTag("briefing.generator", generated.Generator);
        generateActivity?.Dispose();
        request.Observer?.Generated(generated);

        var elapsed = time.GetElapsedTime(started);
        RecordMetrics(generated, elapsed);
        logger.LogDebug("Answered in {ElapsedMs:F1} ms with {Generator}, {Citations} citations", elapsed.TotalMilliseconds, generated.Generator, generated.Citations.Count);
        return new Answer
        {
            Question = typed,
            Language = language,
            Abstained = generated.Abstained,
            Text = generated.Text,
            Citations = generated.Citations,
            Generator = generated.Generator,
            Related = generated.Related.Count > 0 ? generated.Related : null,
            ElapsedMs = Math.Round(elapsed.TotalMilliseconds, 1),
            StandaloneQuestion = standalone == typed ? null : standalone,
            Trace = request.Trace ? [$"standalone question: {standalone}", $"retrieved {hits.Count} passages: {string.Join(", ", hits.Select(h => $"{h.Passage.Id} ({h.Score:F2})"))}", .. generated.Trace] : [],
        };
    }

    private void RecordMetrics(GeneratedAnswer generated, TimeSpan elapsed)
    {
        if (metrics is null) return;
        metrics.AnswerGiven(generated.Generator, generated.Abstained, elapsed);
        metrics.SentencesRemoved(generated.Details.Decisions.Count(d => !d.Kept));
        if (generated.Details.FallbackCause is { } cause) metrics.FellBack(cause);
    }

    private async Task<string> CondenseAsync(string question, string language, IReadOnlyList<ChatTurn> history, CancellationToken cancellationToken)
    {
        if (history.Count == 0 || _condenser is null) return question;
        try
        {
            // A question whose own words find their topic is a new topic, however it opens ("Was ist mit ...?").
            if (_topicJudge?.NamesOwnTopic(question, language, history) == true) return question;
            var condensed = await _condenser.CondenseAsync(question, language, history, cancellationToken);
            return string.IsNullOrWhiteSpace(condensed) ? question : condensed.Trim();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed follow-up resolution must not cost the user the answer: ask the question as it stands.
            logger.LogWarning(ex, "Follow-up resolution failed; answering the question as asked");
            return question;
        }
    }
}
