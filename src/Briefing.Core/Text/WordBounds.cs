namespace Briefing.Core.Text;

/// <summary>
/// Whether letters found inside a text stand as a word of their own: "Sun" in "the Sun said" does, in "Sunderland" it does
/// not. One reading for every reader that finds a name by its characters rather than by the tokenizer's words (the name
/// as written, with its case, spaces and hyphens, is what they look for).
/// </summary>
public static class WordBounds
{
    /// <summary>No letter or digit joins the <paramref name="length"/> characters at <paramref name="index"/> on either side.</summary>
    public static bool StandsAsWord(string text, int index, int length) =>
        (index == 0 || !char.IsLetterOrDigit(text[index - 1]))
        && (index + length == text.Length || !char.IsLetterOrDigit(text[index + length]));

    /// <summary>
    /// Where <paramref name="phrase"/> stands as a word of its own in <paramref name="text"/> (case ignored): the start of
    /// each such occurrence, in order. A scan rather than a regex built per phrase, for readers that ask per sentence.
    /// </summary>
    public static IEnumerable<int> Occurrences(string text, string phrase)
    {
        if (phrase.Length == 0) yield break;
        for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = at + 1 < text.Length ? text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            if (StandsAsWord(text, at, phrase.Length)) yield return at;
        }
    }
}
