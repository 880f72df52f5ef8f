using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>
/// What <see cref="QuestionGrounding"/> found: the translations it used, the question's details, the passages whose
/// article shows every detail (all of them when the question has none), and — as the question wrote them — the
/// details the best passage's article lacks (what an abstention names).
/// </summary>
internal sealed record GroundingResult(
    IReadOnlyList<WeightedTerm> Expansions,
    QuestionConstraints Constraints,
    IReadOnlyList<PassageHit> Kept,
    IReadOnlyList<string> MissingAsWritten)
{
    /// <summary>What the question asks about besides its names (<see cref="AskedTopic"/>).</summary>
    public required AskedTopic Topic { get; init; }

    /// <summary>
    /// The expansions the topic checks and the counted noun's terms in SentenceCandidates read: <see cref="Expansions"/>
    /// and the same-sense synonyms that only say what a word names (<see cref="WeightedTerm.CheckOnly"/>), which neither
    /// retrieve nor score.
    /// </summary>
    public required IReadOnlyList<WeightedTerm> TopicExpansions { get; init; }

    /// <summary>The largest share of <see cref="Topic"/> a kept passage's article shows (1 when there is nothing to show or no passage is kept).</summary>
    public double TopicShare { get; init; } = 1;

    /// <summary>The topic words, as written, that the article with the largest share lacks.</summary>
    public IReadOnlyList<string> TopicMissing { get; init; } = [];

    /// <summary>
    /// The kept articles that show the topic's rarest word (<see cref="AskedTopic.KeyWord"/>): only their sentences may
    /// answer. Null when the check does not apply: the question has a detail besides descriptions (a name, a number, beside
    /// which the unwritten word describes what the article names), or a kept article's language has too few passages to lack
    /// a word.
    /// </summary>
    public IReadOnlySet<string>? KeyWordArticles { get; init; }

    /// <summary>For each retrieved article that lacks one of the question's details, which ones (for --trace).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<QuestionConstraint>> MissingByArticle { get; init; } = new Dictionary<string, IReadOnlyList<QuestionConstraint>>();

    /// <summary>The question names details and no retrieved passage's article shows them all.</summary>
    public bool NothingShowsTheDetails => Constraints.Items.Count > 0 && Kept.Count == 0;

    /// <summary>The details as the question wrote them, for messages ("2022", "Covid-19").</summary>
    public IReadOnlyList<string> DetailsAsWritten(string question) => QuestionConstraints.AsWritten(Constraints.Items, question);
}
