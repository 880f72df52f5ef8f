using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>A sentence of a retrieved passage, with its analysed terms and its score for the question.</summary>
internal sealed record CandidateSentence(
    string Text,
    PassageHit Hit,
    int PassageRank,
    int Position,
    IReadOnlySet<string> Terms,
    double Coverage,
    double Score);
