using Briefing.Core.Answering;

namespace Briefing.Core.Llm;

/// <summary>A verified, cited digest summary written by the model; <see cref="Citations"/> are numbered from 1 in <see cref="Text"/>.</summary>
public sealed record StorySummary(string Text, IReadOnlyList<Citation> Citations, string Generator, VerificationStats Stats);
