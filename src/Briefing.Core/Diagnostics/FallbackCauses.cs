namespace Briefing.Core.Diagnostics;

/// <summary>Why a model answer was replaced by the extractive one: the metric's small, fixed tag set.</summary>
public static class FallbackCauses
{
    public const string NoPassages = "no_passages";
    public const string ModelError = "model_error";
    public const string Timeout = "timeout";
    public const string EmptyReply = "empty_reply";
    public const string Unverified = "unverified";
}
