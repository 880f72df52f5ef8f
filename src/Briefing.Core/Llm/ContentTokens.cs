using Briefing.Core.Text;

namespace Briefing.Core.Llm;

/// <summary>
/// The words and numbers a claim rests on, in the shared language toolkit's terms so that a claim and a passage
/// compare as the index would: <see cref="Tokenizer"/> pieces, <see cref="WordNormalizer.Fold"/>ed, function and
/// generic words (<see cref="FunctionWords"/>) dropped, numbers with their thousands separators removed.
/// </summary>
public static class ContentTokens
{
    private const int MinWordLength = 3;

    /// <summary>Content words of a text, folded, in order (duplicates kept).</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var part in Pieces(text))
        {
            if (part.IsNumber) continue;
            var folded = WordNormalizer.Fold(part.Text);
            if (folded.Length < MinWordLength || FunctionWords.IsFunctionWord(folded) || FunctionWords.IsGeneric(folded)) continue;
            words.Add(folded);
        }
        return words;
    }

    /// <summary>Every word of a text, folded, function words and short words included.</summary>
    public static IReadOnlyList<string> AllTokens(string text) =>
        Pieces(text).Where(p => !p.IsNumber).Select(p => WordNormalizer.Fold(p.Text)).ToList();

    /// <summary>Words that start with a capital letter and do not start the sentence: names, mostly (in English).</summary>
    public static IReadOnlyList<string> CapitalisedInside(string sentence)
    {
        var names = new List<string>();
        foreach (var token in Tokenizer.Tokenize(sentence))
        {
            if (token.StartsSentence || token.IsNumber) continue;
            foreach (var part in token.Parts())
            {
                if (part.IsNumber || !part.IsCapitalised) continue;
                var folded = WordNormalizer.Fold(part.Text);
                // An acronym is a name even when it spells a function word ("US" is not "us").
                if (folded.Length >= 2 && (part.IsAcronym || !FunctionWords.IsFunctionWord(folded))) names.Add(folded);
            }
        }
        return names;
    }

    /// <summary>Numbers in a text, normalised ("1.000" and "1,000" → "1000"; "2,5" → "2.5"), also inside words ("G20", "1990s").</summary>
    public static IReadOnlyList<string> Numbers(string text)
    {
        var numbers = new List<string>();
        foreach (var part in Pieces(text))
        {
            if (part.IsNumber) numbers.Add(NumberText.Normalize(part.Text));
            else numbers.AddRange(NumberText.DigitRuns(part.Text));
        }
        return numbers;
    }

    private static IEnumerable<Token> Pieces(string text) => Tokenizer.Tokenize(text).SelectMany(t => t.Parts());
}
