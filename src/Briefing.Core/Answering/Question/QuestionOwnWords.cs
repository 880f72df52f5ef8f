using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The question's own words in either language: each word as the question writes it and as retrieval translated it
/// (the lexicon's expansions), compared by the index's key so that a form of the word counts as the word. "How many
/// Palestinians had been killed?" owns a German article's "Palästinenser" as much as an English article's
/// "Palestinian": a sentence that writes it names no party the question does not.
/// </summary>
internal sealed class QuestionOwnWords
{
    private readonly string _question;
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    private QuestionOwnWords(string question) => _question = question;

    public static QuestionOwnWords Of(string question, string language, IReadOnlyList<WeightedTerm> expansions)
    {
        var own = new QuestionOwnWords(question);
        own.AddWords(question, language);
        // Translations only: a same-language synonym is the dictionary's round trip, which also yields other senses.
        foreach (var translation in expansions.Where(e => !e.Synonym))
            own.AddWords(translation.Text, translation.Language);
        return own;
    }

    /// <summary>The question writes <paramref name="word"/>, a form of it or its translation.</summary>
    public bool Holds(string word, string language) =>
        _question.Contains(word, StringComparison.OrdinalIgnoreCase) || _keys.Contains(WordNormalizer.Key(word, language));

    private void AddWords(string text, string language)
    {
        foreach (var token in Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word))
            _keys.Add(WordNormalizer.Key(token.Text, language));
    }
}
