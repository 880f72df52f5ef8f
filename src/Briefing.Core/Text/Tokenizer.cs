using System.Text.RegularExpressions;

namespace Briefing.Core.Text;

/// <summary>
/// The one word splitter of the product: cuts text into word and number <see cref="Token"/>s with their offsets.
/// Like the search index's tokenizer (Unicode word boundaries) it keeps numbers with inner separators ("3,5",
/// "1.000"), inner apostrophes ("Merkel's") and dotted abbreviations ("U.S.") together; unlike it, hyphenated
/// words stay one token ("COVID-19", "Baden-Württemberg") — <see cref="Token.Parts"/> gives the index's pieces.
/// </summary>
public static partial class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string? text)
    {
        // Sized for the text up front: answering tokenizes every candidate sentence, and a list grown by doubling
        // allocated about twice the tokens it kept (a word and its space are some six characters in either language).
        var tokens = new List<Token>(string.IsNullOrEmpty(text) ? 0 : text.Length / CharactersPerToken + 1);
        Tokenize(text, tokens);
        return tokens;
    }

    private const int CharactersPerToken = 6;

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="into"/> (lets hot paths reuse one list).</summary>
    public static void Tokenize(string? text, List<Token> into) => Tokenize(text, into, int.MaxValue);

    /// <summary>
    /// The first <paramref name="count"/> tokens of <paramref name="text"/>, as <see cref="Tokenize(string?)"/> cuts
    /// them: a rule that reads only a sentence's opening ("Er wurde 1950 …", "Today, this is …") need not cut the rest.
    /// </summary>
    public static IReadOnlyList<Token> FirstTokens(string? text, int count)
    {
        var tokens = new List<Token>(count);
        Tokenize(text, tokens, count);
        return tokens;
    }

    private static void Tokenize(string? text, List<Token> into, int maxTokens)
    {
        if (string.IsNullOrEmpty(text)) return;
        var added = 0;
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (IsSentenceEnd(c)) sentenceStart = true;
                i++;
                continue;
            }
            var start = i;
            i = ScanToken(text, i);
            var end = i;
            // "U.S." keeps its closing dot; the dot also does not end the sentence.
            if (end < text.Length && text[end] == '.' && IsDottedAbbreviation(text, start, end)) i = ++end;
            var surface = text[start..end];
            into.Add(new Token(surface, start, KindOf(surface), sentenceStart));
            sentenceStart = false;
            if (++added == maxTokens) return;
        }
    }

    /// <summary>Number when the token holds digits and no letters.</summary>
    public static TokenKind KindOf(string token)
    {
        var hasDigit = false;
        foreach (var c in token)
        {
            if (char.IsLetter(c)) return TokenKind.Word;
            if (char.IsDigit(c)) hasDigit = true;
        }
        return hasDigit ? TokenKind.Number : TokenKind.Word;
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or ':' or ';' or '\n' or '•' or '…';

    /// <returns>The index just after the token starting at <paramref name="i"/>.</returns>
    private static int ScanToken(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }
            if (!JoinsAt(text, i)) break;
            i++;
        }
        return i;
    }

    /// <summary>Whether the punctuation at <paramref name="i"/> sits inside a token rather than between two.</summary>
    private static bool JoinsAt(string text, int i)
    {
        if (i == 0 || i + 1 >= text.Length) return false;
        var before = text[i - 1];
        var after = text[i + 1];
        return text[i] switch
        {
            '-' or '\u2010' or '\u2011' => char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after),
            '\'' or '’' => (char.IsLetter(before) && char.IsLetter(after)) || (char.IsDigit(before) && char.IsDigit(after)),
            ',' => char.IsDigit(before) && char.IsDigit(after),
            '.' => (char.IsDigit(before) && char.IsDigit(after)) || IsAbbreviationDot(text, i),
            _ => false,
        };
    }

    /// <summary>A dot between single letters: "U.S", "z.B", "U.N".</summary>
    private static bool IsAbbreviationDot(string text, int i) =>
        char.IsLetter(text[i - 1]) && (i < 2 || !char.IsLetterOrDigit(text[i - 2]) || text[i - 2] == '.')
        && char.IsLetter(text[i + 1]) && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));

    /// <summary>The token is single letters joined by dots ("U.S", "z.B"), so the dot after it belongs to it.</summary>
    private static bool IsDottedAbbreviation(string text, int start, int end)
    {
        if (end - start < 3) return false;
        for (var k = start; k < end; k++)
        {
            var expectLetter = (k - start) % 2 == 0;
            if (expectLetter ? !char.IsLetter(text[k]) : text[k] != '.') return false;
        }
        return true;
    }

    /// <summary>
    /// The runs of letters of <paramref name="text"/> (from <paramref name="startAt"/>), as regex matches with their
    /// offsets: finer than <see cref="Tokenize(string?)"/>, which keeps "Merkel's", "COVID-19" and "G7" whole, where
    /// a rule reads the possessive's "s", a hyphenated compound's parts or the letters beside a digit as words of their own.
    /// </summary>
    public static MatchCollection LetterRuns(string text, int startAt = 0) => LetterRun().Matches(text, startAt);

    /// <summary><see cref="LetterRuns"/> as value matches over a span: for hot paths that read only a few words and their offsets.</summary>
    public static Regex.ValueMatchEnumerator EnumerateLetterRuns(ReadOnlySpan<char> text) => LetterRun().EnumerateMatches(text);

    /// <summary>The first run of letters of <paramref name="text"/> at or after <paramref name="startAt"/> (see <see cref="LetterRuns"/>).</summary>
    public static Match NextLetterRun(string text, int startAt) => LetterRun().Match(text, startAt);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex LetterRun();
}
