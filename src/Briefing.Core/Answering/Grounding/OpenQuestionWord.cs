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

    /// <summary>A name question leaves open who or which, a place where, a date when; every other word (how much, how many, wie viel, wie hoch) a number.</summary>
    private static bool FitsKind(string wh, AnswerType expected) => wh switch
    {
        "who" or "whom" or "which" or "wer" or "welche" or "welcher" or "welches" or "welchem" or "welchen" => expected is AnswerType.Person or AnswerType.Organisation or AnswerType.Named or AnswerType.Other,
        "where" or "wo" or "wohin" => expected == AnswerType.Place,
        "when" or "wann" => expected == AnswerType.Date,
        _ => expected == AnswerType.Number,
    };
}
