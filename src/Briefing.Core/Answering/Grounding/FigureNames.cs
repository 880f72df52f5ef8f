using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A figure in words that is a word of a name: "Star Trek spin-off series … Deep Space Nine and Voyager", "Channel Four",
/// "Formula One". It counts nothing, so it answers no "how many" question, though no noun follows it.
/// </summary>
internal static class FigureNames
{
    /// <summary>
    /// Whether the figure in words from <paramref name="start"/> to <paramref name="end"/> is capitalised inside the sentence
    /// and written right after a capitalised word that is no function word and does not open the sentence ("Space Nine").
    /// Not a scale or a vague count: German capitalises "Millionen", "Tausende", "Hunderte" as nouns ("Mehrere Tausend
    /// Menschen").
    /// </summary>
    public static bool IsPartOfName(string text, int start, int end)
    {
        var written = text[start..end];
        if (written.Length == 0 || !char.IsUpper(written[0]) || NumberWords.IsScale(written) || NumberWords.IsVagueCount(written)) return false;
        // The word before must not open the sentence: every first word is capitalised, so "Mehrere Hundert Menschen",
        // "Knapp Dutzend …" show no name.
        var words = Tokenizer.LetterRuns(text[..start]).ToList();
        if (words.Count < 2) return false;
        var before = words[^1];
        return text[(before.Index + before.Length)..start] == " " && char.IsUpper(before.Value[0]) && before.Value.Length > 1
            && !FunctionWords.IsFunctionWord(before.Value);
    }
}
