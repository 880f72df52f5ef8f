namespace Briefing.Core.Answering;

/// <summary>
/// Whether a sentence of the other language than the question's names someone the question does not, read without the
/// question's words, which that sentence does not write. A name marked as a person's (<see cref="NameSpans"/>: a title,
/// "Mr", a first name and a surname) or an unmarked one counts (a report names a player by surname alone: "Newton"); not
/// an acronym ("PTI", an agency or a party) nor a name written into a compound noun ("Tirupati" of
/// "Tirupati-Tirumala-Tempel", a temple).
/// </summary>
internal static class OtherLanguagePersonName
{
    public static bool NamesSomeoneNew(CandidateSentence sentence, string question, NameDetector names) =>
        NameSpans.Named(sentence.Text, sentence.Hit.Passage.Language, names)
            .Any(s => s.Kind is NameKind.Person or NameKind.Unknown && !s.Words.All(NameDetector.IsAcronym) && !InCompound(sentence.Text, s)
                && s.Words.Any(w => !question.Contains(w, StringComparison.OrdinalIgnoreCase)));

    /// <summary>A hyphen joins the name to the word before or after it: part of a compound noun, not a name standing alone.</summary>
    private static bool InCompound(string text, NameSpan span) =>
        (span.End < text.Length && text[span.End] == '-') || (span.Start > 0 && text[span.Start - 1] == '-');
}
