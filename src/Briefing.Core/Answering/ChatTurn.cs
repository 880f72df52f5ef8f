namespace Briefing.Core.Answering;

/// <summary>One earlier exchange in a conversation, used to resolve follow-up questions.</summary>
public sealed record ChatTurn(string Question, string StandaloneQuestion, string AnswerText);
