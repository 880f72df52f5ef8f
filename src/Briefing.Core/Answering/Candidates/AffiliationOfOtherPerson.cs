using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "… ergänzen der Verhaltensneurologe Daniel Margoliash (Universität Chicago) und der Zoologe Ofer Tchernichovski (Hunter
/// College, New York), dass …": a report names where a quoted expert works in brackets right after the expert's name. That
/// place is the person's affiliation, not where the story's event happened: for "Where are the marmosets … native to?" it
/// led over "Diese im Nordosten Brasiliens beheimateten Affen". Only for a person the question does not name: "Christian
/// Fuchs (Leicester City)" answers "Wo kickt Christian Fuchs?", since the affiliation is then what is asked. Nor a bracket
/// that opens in lower case or with a figure ("Vija Celmins (geb. 1938 in Riga)"): that one says a fact of the person.
/// </summary>
internal static partial class AffiliationOfOtherPerson
{
    /// <summary>
    /// The name keys (<see cref="AnswerCandidates.NameKey"/>) of the words that stand only in such brackets; empty when there
    /// are none. A word the sentence also writes outside them is kept: "In Chicago stellte Daniel Margoliash (Universität
    /// Chicago) die Studie vor" names the event's place too.
    /// </summary>
    /// <param name="asked">Whether the question writes a word (in either language: <see cref="QuestionOwnWords.Holds"/>).</param>
    public static IReadOnlySet<string> In(string text, string language, NameDetector names, Func<string, bool> asked)
    {
        if (!text.Contains('(')) return FrozenSet<string>.Empty;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var brackets = new List<(int Start, int End)>();
        foreach (var span in NameSpans.In(text, language, names))
        {
            if (!IsPersonsName(span) || span.Words.Any(asked)) continue;
            if (Bracket().Match(text, span.End) is not { Success: true } bracket || bracket.Index != span.End) continue;
            brackets.Add((bracket.Index, bracket.Index + bracket.Length));
            foreach (Match word in Tokenizer.LetterRuns(bracket.Groups["inside"].Value))
                keys.Add(AnswerCandidates.NameKey(word.Value));
        }
        if (keys.Count == 0) return FrozenSet<string>.Empty;
        foreach (Match word in Tokenizer.LetterRuns(text))
            if (!brackets.Any(b => word.Index >= b.Start && word.Index < b.End))
                keys.Remove(AnswerCandidates.NameKey(word.Value));
        return keys;
    }

    /// <summary>
    /// A name its context marks as a person's ("der Verhaltensneurologe Daniel Margoliash"). Not two words the detector cannot
    /// place: "Bad Vöslau (Niederösterreich)" is a town with its province, which answers a where-question.
    /// </summary>
    private static bool IsPersonsName(NameSpan span) => span.Kind == NameKind.Person;

    /// <summary>A bracket right after the name that opens with a capitalised word and holds no further bracket.</summary>
    [GeneratedRegex(@"\G\s*\((?<inside>\p{Lu}[^()]*)\)")]
    private static partial Regex Bracket();
}
