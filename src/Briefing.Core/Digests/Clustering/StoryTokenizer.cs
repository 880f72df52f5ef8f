using System.Globalization;
using System.Text;

namespace Briefing.Core.Digests.Clustering;

/// <summary>
/// Cuts text into <see cref="StoryToken"/>s. Numbers keep their digits only ("2,5" and "2.5" both become "25",
/// "3.000" and "3,000" both "3000") so German and English figures meet; words are folded (lower case, no
/// diacritics) and keyed by a light stem that works the same for both languages.
/// </summary>
internal static class StoryTokenizer
{
    private const int MaxKeyLength = 7;

    public static void Tokenize(string text, List<StoryToken> into)
    {
        var sentenceStart = true;
        var inRun = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or ':' or '\n' or '•') sentenceStart = true;
                if (!char.IsWhiteSpace(c) && c != '-') inRun = false;
                i++;
                continue;
            }
            var start = i;
            var hasDigit = false;
            var hasLetter = false;
            while (i < text.Length)
            {
                var ch = text[i];
                if (char.IsLetterOrDigit(ch))
                {
                    if (char.IsDigit(ch)) hasDigit = true;
                    else hasLetter = true;
                    i++;
                }
                else if (ch is '.' or ',' && hasDigit && !hasLetter && i + 1 < text.Length && char.IsDigit(text[i + 1])
                         && char.IsDigit(text[i - 1]))
                {
                    i++; // a decimal or thousands separator inside a number
                }
                else break;
            }
            var word = text.AsSpan(start, i - start);
            var isNumber = hasDigit && !hasLetter;
            var token = isNumber ? MakeNumber(DigitsOf(word)) : MakeWord(word, sentenceStart);
            // A capitalised sentence opener may still begin a name ("Olaf Scholz said"): it joins the run that follows.
            var namePart = token.IsNameLike || (!isNumber && !token.IsStopWord && char.IsUpper(word[0]));
            into.Add(token with { StartsEntity = namePart && (isNumber || !inRun) });
            inRun = namePart && !isNumber;
            sentenceStart = false;
        }
    }

    private static string DigitsOf(ReadOnlySpan<char> number)
    {
        var digits = new StringBuilder(number.Length);
        foreach (var c in number)
        {
            if (char.IsDigit(c)) digits.Append(c);
        }
        return digits.ToString();
    }

    private static StoryToken MakeNumber(string digits) =>
        // Single digits ("2 people") identify nothing; longer numbers (years, amounts, scores) often do.
        new(digits, digits, IsNameLike: digits.Length >= 2, IsStopWord: digits.Length < 2);

    /// <summary>What a word form folds and stems to; cached per thread because news text repeats its words a lot.</summary>
    private readonly record struct WordForm(string Surface, string Key, bool IsStop, bool IsAcronym, string Lower);

    [ThreadStatic]
    private static Dictionary<string, WordForm>? t_forms;

    private const int MaxCachedForms = 200_000;

    private static StoryToken MakeWord(ReadOnlySpan<char> word, bool sentenceStart)
    {
        var forms = t_forms ??= new Dictionary<string, WordForm>(StringComparer.Ordinal);
        var lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(word, out var form))
        {
            var folded = Fold(word);
            var lower = word.ToString().ToLowerInvariant();
            form = new WordForm(folded, Stem(folded), folded.Length < 2 || StopWords.Contains(folded), word.Length >= 2 && IsAllUpper(word), lower);
            if (forms.Count >= MaxCachedForms) forms.Clear();
            lookup[word] = form;
        }
        var isCapitalised = char.IsUpper(word[0]) && !sentenceStart;
        return new StoryToken(form.Surface, form.Key, !form.IsStop && (form.IsAcronym || isCapitalised), form.IsStop, Lower: form.Lower);
    }

    /// <summary>Drops a plural/genitive "s" and cuts long words, so inflected forms (and many German/English cognates) share a key.</summary>
    private static string Stem(string folded)
    {
        var stem = folded;
        if (stem.Length >= 5 && stem[^1] == 's' && stem[^2] != 's') stem = stem[..^1];
        return stem.Length > MaxKeyLength ? stem[..MaxKeyLength] : stem;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        }
        return true;
    }

    public static string Fold(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word)
        {
            if (c > 127) { ascii = false; break; }
        }
        if (ascii) return word.ToString().ToLowerInvariant();
        var builder = new StringBuilder(word.Length + 2);
        foreach (var c in word.ToString().ToLowerInvariant())
        {
            if (c == 'ß') { builder.Append("ss"); continue; }
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) builder.Append(d);
            }
        }
        return builder.ToString();
    }
}
