namespace Briefing.Core.Search;

/// <summary>Adds weighted terms to a query, e.g. translations of its content words into the other corpus language.</summary>
public interface IQueryExpander
{
    IReadOnlyList<WeightedTerm> Expand(string query, string language);
}
