using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// Whether a sentence of the other language than the question's names someone the question does not, read without the
/// question's words, which that sentence does not write. A name marked as a person's (<see cref="NameSpans"/>: a title,
/// "Mr", a first name and a surname) or an unmarked one counts (a report names a player by surname alone: "Newton"); not
/// an acronym ("PTI", an agency or a party) nor a name written into a compound noun ("Tirupati" of
/// "Tirupati-Tirumala-Tempel", a temple). A double name ("Heinz-Christian Strache", "Mikl-Leitner") is still a name.
/// </summary>
internal static class OtherLanguagePersonName
{
    public static bool NamesSomeoneNew(CandidateSentence sentence, string question, NameDetector names)
    {
        var language = sentence.Hit.Passage.Language;
        var questionWords = Tokenizer.LetterRuns(question).Select(m => WordNormalizer.Fold(m.Value)).ToHashSet(StringComparer.Ordinal);
        return NameSpans.Named(sentence.Text, language, names)
            .Any(s => s.Kind is NameKind.Person or NameKind.Unknown && !s.Words.All(NameDetector.IsAcronym)
                && !InCompound(sentence.Text, s, language, names) && s.Words.Any(w => !questionWords.Contains(WordNormalizer.Fold(w))));
    }

    /// <summary>
    /// A hyphen joins the name into a word chain that ends in a common noun or a lower-case word ("Tirupati-Tirumala-Tempel",
    /// "Merkel-Regierung"): part of a compound noun, not a name standing alone. A chain of names ("Heinz-Christian") is a name.
    /// </summary>
    private static bool InCompound(string text, NameSpan span, string language, NameDetector names)
    {
        var start = span.Start;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-')) start--;
        var end = span.End;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-')) end++;
        var chain = text[start..end].Trim('-');
        var lastHyphen = chain.LastIndexOf('-');
        if (lastHyphen < 0) return false;
        var last = chain[(lastHyphen + 1)..];
        return last.Length > 0 && (char.IsLower(last[0]) || names.IsCommonWord(last, language) == true);
    }
}
