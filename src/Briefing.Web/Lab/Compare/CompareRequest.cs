namespace Briefing.Web.Lab.Compare;

/// <summary>
/// A comparison: eval cases (JSON Lines text, or the path of a cases file on this machine), two variants, and
/// optionally how many passages to retrieve.
/// </summary>
public sealed record CompareRequest
{
    public string? Cases { get; init; }
    public string? CasesFile { get; init; }
    public VariantSpec? A { get; init; }
    public VariantSpec? B { get; init; }
    public int? Top { get; init; }
}

/// <summary>A variant: a prompts folder and/or a model name; what is left empty stays as configured.</summary>
public sealed record VariantSpec(string? PromptsDir, string? Model);
