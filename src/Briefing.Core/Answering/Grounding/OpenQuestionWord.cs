using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The question word of an embedded question a sentence leaves open — "although it didn't say <em>who</em>", "Unklar
/// blieb, <em>wann</em> …", "It is not known <em>how many</em> …" — and whether it is the kind of fact the question asks.
/// <see cref="StatedUnknown"/> (the source does not tell or know) and <see cref="OpenQuestion"/> (the report names the
/// question open) read the clause each in their own words; which kind of fact its question word asks is decided here once.
/// </summary>
internal static class OpenQuestionWord
{
    /// <summary>
    /// <paramref name="clause"/> (a match with the question word in its group "wh") leaves open the kind of
    /// fact <paramref name="expected"/> asks for; false when the clause was not found.
    /// </summary>
    public static bool FitsKind(Match? clause, AnswerType expected) =>
        clause is { Success: true } && FitsKind(WhitespaceNormalizer.Collapse(clause.Groups["wh"].Value).ToLowerInvariant(), expected);

    /// <summary>
    /// <paramref name="clause"/> (a match with its group "wh") opens with a bare whether — "if", "whether", "ob" — which asks
    /// no fact of any kind: whether something happens is open, not who, when or how much. "ob und wann", "if and when"
    /// ask the date after all, "whether 30 or 40 people" the figure; false when the clause was not found.
    /// </summary>
    public static bool LeavesOnlyWhether(Match? clause) =>
        clause is { Success: true } && IsWhether(WhitespaceNormalizer.Collapse(clause.Groups["wh"].Value).ToLowerInvariant());

    private static bool IsWhether(string wh) => wh is "if" or "whether" or "ob";

    /// <summary>
    /// A name question leaves open who or which, a place where, a date when; every other word (how much, how many, wie viel,
    /// wie hoch) a number. A bare whether fits no kind; "ob und wann" is read by its second word, "whether 30 or 40" as a figure.
    /// </summary>
    private static bool FitsKind(string wh, AnswerType expected) => AfterWhether(wh) switch
    {
        "if" or "whether" or "ob" => false,
        "who" or "whom" or "which" or "wer" or "welche" or "welcher" or "welches" or "welchem" or "welchen" => expected is AnswerType.Person or AnswerType.Organisation or AnswerType.Named or AnswerType.Other,
        "where" or "wo" or "wohin" => expected == AnswerType.Place,
        "when" or "wann" => expected == AnswerType.Date,
        _ => expected == AnswerType.Number,
    };

    /// <summary>"ob und wann" → "wann", "whether or when" → "when", "whether 30 or 40" → a figure's word; any other word as it is.</summary>
    private static string AfterWhether(string wh)
    {
        var words = wh.Split(' ', 3);
        if (words.Length < 2 || !IsWhether(words[0])) return wh;
        return words[1] is "und" or "oder" or "and" or "or" && words.Length == 3 ? words[2] : "how many";
    }
}
