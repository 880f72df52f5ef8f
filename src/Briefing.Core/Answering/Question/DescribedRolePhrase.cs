using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "How many … did the Tory shadow home secretary say …?": the question describes a person by a title and the lower-case
/// words that narrow it ("shadow home secretary"), and names only whose it is ("Tory"). The article writes the same
/// role phrase right before the person's name ("Conservative shadow home secretary David Davis said …"): that sentence is
/// about the described person, so it stands near the question's names though it writes "Conservative" for "Tory". A
/// bare title ("the Tory leader") is not enough: "Labour leader Tony Blair" has the same title and is someone else.
/// </summary>
internal static class DescribedRolePhrase
{
    /// <summary>Lower-case words narrowing the title that must stand before it in the sentence too ("shadow home").</summary>
    private const int MaxModifiers = 2;

    /// <summary>The question's role phrases: a person title after a definite article, with the lower-case words right before it.</summary>
    public static IReadOnlyList<string[]> Of(string question, string language)
    {
        var phrases = new List<string[]>();
        var words = Tokenizer.LetterRuns(question).Cast<Match>().ToList();
        for (var i = 1; i < words.Count; i++)
        {
            var title = words[i].Value.ToLowerInvariant();
            if (FunctionWords.IsFunctionWord(title, language) || !NameContext.PersonTitles.Contains(title)) continue;
            var modifiers = new List<string>();
            for (var j = i - 1; j >= 0 && modifiers.Count < MaxModifiers; j--)
            {
                var word = words[j].Value;
                if (!char.IsLower(word[0]) || FunctionWords.IsFunctionWord(word, language) || question[(words[j].Index + word.Length)..words[j + 1].Index].Trim().Length > 0) break;
                modifiers.Insert(0, word);
            }
            if (modifiers.Count == 0 || !DefiniteBefore(question, words, i - modifiers.Count, language)) continue;
            phrases.Add([.. modifiers, title]);
        }
        return phrases;
    }

    /// <summary>
    /// The sentence writes one of the role phrases right before a person's name ("shadow home secretary David Davis"); not
    /// glued to a word before it by a hyphen, nor after a word of a new holder ("the new shadow home secretary David
    /// Davis" is the successor of the one the question describes; see <see cref="NamedAfterTitle"/>).
    /// </summary>
    public static bool NamesPersonAfter(string sentence, IReadOnlyList<string[]> phrases, string language, NameDetector names) =>
        NamedAfterTitle.Spans(sentence, phrases, language, names).Any();

    /// <summary>
    /// "the Tory shadow home secretary", "der frühere Innenminister": a definite article before the phrase, maybe with up
    /// to two capitalised words saying whose role it is between (<see cref="RoleNouns.DescribesNamedSubject"/> reads those
    /// only after the lower-case words); not "as shadow home secretary", the role the question gives someone.
    /// </summary>
    private static bool DefiniteBefore(string question, List<Match> words, int first, string language)
    {
        var k = first - 1;
        for (var skipped = 0; k >= 0 && skipped < 2 && char.IsUpper(words[k].Value[0]); k--, skipped++) { }
        return k >= 0 && RoleNouns.DescribesNamedSubject(question, words[k + 1].Index, language);
    }
}
