using System.Text.Json;
using System.Threading.Channels;
using Briefing.Core.Answering;
using Briefing.Core.Search;

namespace Briefing.Web.Lab;

/// <summary>
/// Turns what the pipeline reports about one run (<see cref="IAnswerObserver"/>) into lab events, in the order they
/// happen: retrieval, the rendered prompt, the model's reply piece by piece, the generator's decisions, the answer.
/// </summary>
internal sealed class LabRunObserver(ChannelWriter<LabEvent> events, PassageMatcher matcher, string language) : IAnswerObserver
{
    public void Retrieved(string standaloneQuestion, IReadOnlyList<PassageHit> passages)
    {
        var expansions = matcher.Expansions(standaloneQuestion, language);
        events.TryWrite(new LabEvent("retrieved", new
        {
            standaloneQuestion,
            language,
            expansions = expansions.Select(e => new { e.Text, e.Language, weight = Math.Round(e.Weight, 3), e.Group }),
            passages = matcher.Describe(standaloneQuestion, expansions, passages),
        }));
    }

    public void PromptRendered(string prompt) => events.TryWrite(new LabEvent("prompt", new { text = prompt }));

    public void ModelOutput(string chunk) => events.TryWrite(new LabEvent("chunk", new { text = chunk }));

    public void Generated(GeneratedAnswer answer)
    {
        var details = answer.Details;
        events.TryWrite(new LabEvent("generated", new
        {
            answer.Generator,
            answer.Abstained,
            details.Evidence,
            details.EvidenceThreshold,
            details.RenderedPrompt,
            details.ModelOutput,
            details.Decisions,
            details.FallbackReason,
            details.FallbackCause,
        }));
    }

    public void Answered(Answer answer) => events.TryWrite(new LabEvent("answer", new
    {
        json = JsonSerializer.Serialize(answer, AnswerJson.Indented),
        telegram = TelegramPreview.For(answer),
    }));

    public void Failed(string message) => events.TryWrite(new LabEvent("error", new { message }));
}
