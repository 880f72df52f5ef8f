using Briefing.Core.Answering;
using Briefing.Core.Text;

namespace Briefing.Core.Conversations;

/// <summary>
/// Offline follow-up resolution. When a question is elliptic — at most one key term of its own ("Warum?", "Und was
/// sagte Lawrow?", "What about Russia?"), or a pronoun pointing back in a short question ("Wann wurde sie
/// gegründet?") — the previous standalone question's key terms are appended, so retrieval keeps the topic.
/// Opening words ("Und ...", "Was ist mit ...") decide nothing; any other question stands alone, and one that names
/// its own topic by retrieval evidence (<see cref="RetrievalTopicJudge"/>) never reaches a condenser.
/// </summary>
public sealed class KeyTermQuestionCondenser : IQuestionCondenser
{
    /// <summary>Enough to keep a topic's names without drowning the new question's own terms.</summary>
    private const int MaxCarriedTerms = 6;

    private const int MaxKeyTermsOfAnaphoricFollowUp = 3;

    public Task<string> CondenseAsync(string question, string language, IReadOnlyList<ChatTurn> history, CancellationToken cancellationToken) =>
        Task.FromResult(Condense(question, history));

    public static string Condense(string question, IReadOnlyList<ChatTurn> history)
    {
        if (history.Count == 0 || string.IsNullOrWhiteSpace(question)) return question;
        if (!IsFollowUp(question)) return question;

        var previous = history[^1];
        var previousQuestion = string.IsNullOrWhiteSpace(previous.StandaloneQuestion) ? previous.Question : previous.StandaloneQuestion;
        var own = new HashSet<string>(QuestionTerms.Words(question), StringComparer.OrdinalIgnoreCase);
        var carried = TopicTerms(previousQuestion)
            .Where(term => own.Add(term))
            .Take(MaxCarriedTerms)
            .ToArray();
        return carried.Length == 0 ? question : $"{question.Trim()} {string.Join(' ', carried)}";
    }

    /// <summary>
    /// The terms that name the topic. German capitalises nouns, so its lower-case key terms are mostly verbs and
    /// participles ("gegründet") that would pull retrieval back to the old answer; English keeps all key terms.
    /// </summary>
    private static IEnumerable<string> TopicTerms(string question)
    {
        var terms = QuestionTerms.KeyTerms(question);
        if (LanguageDetector.Detect(question) != LanguageDetector.German) return terms;
        var names = terms.Where(t => char.IsUpper(t[0]) || t.Any(char.IsDigit)).ToArray();
        return names.Length > 0 ? names : terms;
    }

    public static bool IsFollowUp(string question)
    {
        var keyTerms = QuestionTerms.KeyTerms(question).Count;
        // A pronoun in a long, specific question ("Können Sie mir sagen, ...") does not make it a follow-up.
        return keyTerms <= 1 || (QuestionTerms.HasAnaphor(question) && keyTerms <= MaxKeyTermsOfAnaphoricFollowUp);
    }
}
