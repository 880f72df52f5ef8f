using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>
/// Watches one question go through the pipeline while it runs (the prompt lab's live panels). Passed with the
/// request (<see cref="AskRequest.Observer"/>); the pipeline calls it and never depends on what it does.
/// Every method has an empty default, so an observer implements only what it shows.
/// </summary>
public interface IAnswerObserver
{
    /// <summary>Retrieval finished: the question as searched (after follow-up resolution) and the ranked passages.</summary>
    void Retrieved(string standaloneQuestion, IReadOnlyList<PassageHit> passages) { }

    /// <summary>The model prompt as rendered, before it is sent.</summary>
    void PromptRendered(string prompt) { }

    /// <summary>A piece of the model's raw reply as it arrives (the whole reply at once when not streaming).</summary>
    void ModelOutput(string chunk) { }

    /// <summary>The generator's result, with its <see cref="GeneratedAnswer.Details"/>.</summary>
    void Generated(GeneratedAnswer answer) { }

    /// <summary>A named diagnostic of the answer (e.g. an alternative evidence measure), for calibration (<c>eval --json</c>).</summary>
    void Feature(string name, double value) { }

    /// <summary>What the citation verifier found in the model's reply (also when the answer then fell back).</summary>
    void Verified(AnswerVerification verification) { }
}
