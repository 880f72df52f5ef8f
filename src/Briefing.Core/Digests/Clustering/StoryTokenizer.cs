using Briefing.Core.Text;

namespace Briefing.Core.Digests.Clustering;

/// <summary>
/// Turns text into <see cref="StoryToken"/>s on the shared toolkit: <see cref="Tokenizer"/> pieces, numbers
/// normalised (<see cref="NumberText"/>: "2,5" and "2.5", "3.000" and "3,000" meet across German and English),
/// words folded and keyed by the index's stem of their language (<see cref="WordNormalizer"/>), cut to a common
/// length so that inflected names and cognates ("Nordhafens", "Nordhafen") share a key across languages.
/// </summary>
internal static class StoryTokenizer
{
    private const int MaxKeyLength = 7;

    public static void Tokenize(string text, string? language, List<StoryToken> into)
    {
        var inRun = false;
        var previousEnd = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            // A run of names ("French President Emmanuel Macron") is broken by punctuation, not by spaces or hyphens.
            if (inRun && !IsBlankOrHyphens(text.AsSpan(previousEnd, token.Start - previousEnd))) inRun = false;
            previousEnd = token.End;
            foreach (var part in token.Parts())
            {
                var made = part.IsNumber ? MakeNumber(NumberText.Normalize(part.Text)) : MakeWord(part, language);
                // A capitalised sentence opener may still begin a name ("Olaf Scholz said"): it joins the run that follows.
                var namePart = made.IsNameLike || (!part.IsNumber && !made.IsStopWord && part.IsCapitalised);
                into.Add(made with { StartsEntity = namePart && (part.IsNumber || !inRun) });
                inRun = namePart && !part.IsNumber;
            }
        }
    }

    private static bool IsBlankOrHyphens(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) && c != '-') return false;
        }
        return true;
    }

    private static StoryToken MakeNumber(string number)
    {
        // Single digits ("2 people") identify nothing; longer numbers (years, amounts, scores) often do.
        var digits = number.Count(char.IsDigit);
        return new StoryToken(number, number, IsNameLike: digits >= 2, IsStopWord: digits < 2);
    }

    /// <summary>What a word form folds and stems to; cached per thread and language because news text repeats its words a lot.</summary>
    private readonly record struct WordForm(string Surface, string Key, bool IsStop, bool IsAcronym, string Lower);

    [ThreadStatic]
    private static Dictionary<string, WordForm>? t_germanForms;

    [ThreadStatic]
    private static Dictionary<string, WordForm>? t_englishForms;

    private const int MaxCachedForms = 200_000;

    private static StoryToken MakeWord(Token part, string? language)
    {
        var german = language is LanguageDetector.German;
        var forms = german
            ? t_germanForms ??= new Dictionary<string, WordForm>(StringComparer.Ordinal)
            : t_englishForms ??= new Dictionary<string, WordForm>(StringComparer.Ordinal);
        if (!forms.TryGetValue(part.Text, out var form))
        {
            var folded = WordNormalizer.Fold(part.Text);
            var isStop = folded.Length < 2 || FunctionWords.IsFunctionWord(folded) || FunctionWords.IsGeneric(folded);
            form = new WordForm(folded, Key(folded, language), isStop, part.IsAcronym, part.Text.ToLowerInvariant());
            if (forms.Count >= MaxCachedForms) forms.Clear();
            forms[part.Text] = form;
        }
        var isCapitalised = part.IsCapitalised && !part.StartsSentence;
        return new StoryToken(form.Surface, form.Key, !form.IsStop && (form.IsAcronym || isCapitalised), form.IsStop, Lower: form.Lower);
    }

    private static string Key(string folded, string? language)
    {
        var stem = WordNormalizer.Stem(folded, language);
        return stem.Length > MaxKeyLength ? stem[..MaxKeyLength] : stem;
    }
}
