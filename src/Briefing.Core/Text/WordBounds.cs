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
}
