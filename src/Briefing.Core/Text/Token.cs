namespace Briefing.Core.Text;

/// <summary>
/// One word or number of a text, as <see cref="Tokenizer"/> cut it: the text as written and where it stands.
/// </summary>
/// <param name="Text">The token as written ("Baden-Württemberg", "3,5", "U.S.").</param>
/// <param name="Start">Offset of the first character in the source text.</param>
/// <param name="Kind">Word or number.</param>
/// <param name="StartsSentence">The first token of the text or after a sentence end (". ! ? : •", a line break).</param>
public readonly partial record struct Token(string Text, int Start, TokenKind Kind, bool StartsSentence)
{
    /// <summary>Offset just after the last character.</summary>
    public int End => Start + Text.Length;

    public bool IsNumber => Kind == TokenKind.Number;

    /// <summary>Starts with an upper-case letter.</summary>
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>Two or more letters, all upper case ("SCO", "EU", "U.S.", "COVID-19").</summary>
    public bool IsAcronym => IsAcronymWord(Text);

    /// <summary><see cref="IsAcronym"/> for a word as written, outside a tokenized text.</summary>
    public static bool IsAcronymWord(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    /// <summary>
    /// An acronym whose small letters continue a part of its long form ("EuGH", "LKA"): capitals, each followed by up to
    /// two small letters, at least two capitals, and fewer small letters than capitals ("BaFin", "KiTa", "YouTube" are
    /// names). Wider than <see cref="IsAcronymWord"/>; only the written-out reading of an acronym takes it.
    /// </summary>
    public static bool IsAcronymWithSmallLetters(string word)
    {
        if (!AcronymWithSmallLettersShape().IsMatch(word)) return false;
        var capitals = word.Count(char.IsUpper);
        return capitals >= 2 && word.Length - capitals < capitals;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\p{Lu}\p{Ll}{0,2})+$")]
    private static partial System.Text.RegularExpressions.Regex AcronymWithSmallLettersShape();

    /// <summary>
    /// An acronym and a lower-case s, as written: its plural ("PCs", "MEPs") or, in German, which writes no apostrophe,
    /// its genitive ("LGs", "VWs"). The one reading of that shape for the lexicon and the answer side.
    /// </summary>
    public static bool IsAcronymWithS(string word) =>
        word.Length > 2 && word[^1] == 's' && IsAcronymWord(word[..^1]);

    /// <summary>
    /// A name as far as spelling tells: an acronym, or capitalised inside a sentence. In German every noun is
    /// capitalised too, so there this means "name or noun".
    /// </summary>
    public bool IsNameLike => Kind == TokenKind.Word && (IsAcronym || (IsCapitalised && !StartsSentence));

    /// <summary>
    /// The parts the search index sees: hyphenated tokens split at their hyphens ("COVID-19" → "COVID", "19";
    /// "Baden-Württemberg" → "Baden", "Württemberg"), each with its own offset and kind. Other tokens are one part.
    /// </summary>
    public IEnumerable<Token> Parts()
    {
        if (!Text.Contains('-', StringComparison.Ordinal) && !Text.Contains('\u2010', StringComparison.Ordinal))
        {
            yield return this;
            yield break;
        }
        var begin = 0;
        for (var i = 0; i <= Text.Length; i++)
        {
            if (i < Text.Length && Text[i] is not ('-' or '\u2010')) continue;
            if (i > begin)
            {
                var part = Text[begin..i];
                yield return new Token(part, Start + begin, Tokenizer.KindOf(part), StartsSentence && begin == 0);
            }
            begin = i + 1;
        }
    }
}
