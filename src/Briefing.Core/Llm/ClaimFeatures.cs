namespace Briefing.Core.Llm;

/// <summary>What one answer sentence claims: its content words, numbers and (capitalised) names.</summary>
public sealed record ClaimFeatures(IReadOnlyList<string> Words, IReadOnlyList<string> Numbers, IReadOnlyList<string> Names)
{
    public static ClaimFeatures Of(string claim) => new(
        ContentTokens.Words(claim).Distinct().ToList(),
        ContentTokens.Numbers(claim).Distinct().ToList(),
        ContentTokens.CapitalisedInside(claim).Distinct().ToList());
}
