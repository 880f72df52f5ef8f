namespace Briefing.Core.Text;

/// <summary>
/// The later words of a name of several capitalised words, each with the word before it: "Gordon Brown" → (Gordon,
/// Brown), "Clare Short" → (Clare, Short), "Manchester City" → (Manchester, City). A surname or a name's second word
/// is no word of the vocabulary, whatever the dictionary lists under its spelling (brown → "braun", short → "kurz").
/// </summary>
/// <remarks>
/// Only words that stand right after another capitalised word, with nothing but a space between them, and never
/// after the text's first word (capitalised for the sentence's sake: "Wer Brown …"). A word with a hyphen or digits
/// is left alone ("Arsenal-Vize", "F-22"), as are acronyms ("US Open": "US" is a name the other language writes otherwise).
/// Whether a pair is a name is the caller's judgement (e.g. both words written alike in the other language's articles).
/// </remarks>
public static class NameFollowers
{
    public static IEnumerable<(string Previous, string Word)> Of(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        for (var i = 1; i < tokens.Count; i++)
        {
            var previous = tokens[i - 1];
            var word = tokens[i];
            if (previous.StartsSentence || word.StartsSentence || !IsNameWord(previous) || !IsNameWord(word)) continue;
            if (word.Start != previous.End + 1 || text[previous.End] != ' ') continue;
            yield return (previous.Text, word.Text);
        }
    }

    /// <summary>A capitalised word of letters only, with lower-case letters after the first (no acronym).</summary>
    private static bool IsNameWord(Token token)
    {
        if (token.Kind != TokenKind.Word || token.Text.Length < 2 || !char.IsUpper(token.Text[0])) return false;
        var lower = false;
        foreach (var c in token.Text)
        {
            if (!char.IsLetter(c)) return false;
            lower |= char.IsLower(c);
        }
        return lower;
    }
}
