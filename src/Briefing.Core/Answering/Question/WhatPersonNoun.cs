using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// English "what" before a noun asks as "which" does: "What player punched the ball in?", "What researcher first used
/// the word?", "After the massacre, what poet wrote …?" ask for a person as "Which player …?" does. Read as no type,
/// such a question was answered by the sentence that repeats most of its words, not by the one that names someone new.
/// Only a noun of people: "What device …?", "What album …?" ask for a thing, which the other readers type.
/// </summary>
internal static partial class WhatPersonNoun
{
    /// <summary>Words before the noun: adjectives ("famous", "European"), at most this many.</summary>
    private const int MaxWordsBeforeNoun = 3;

    /// <returns>The person noun "what" stands before, or null.</returns>
    public static string? Of(string question)
    {
        var what = What().Match(question);
        if (!what.Success) return null;
        var words = Word().Matches(question[(what.Index + what.Length)..]).Select(m => m.Value).Take(MaxWordsBeforeNoun + 1).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (IsPersonNoun(word)) return word;
            // "What is …?", "What did …?": a function word or verb right after "what" ends the noun group; "other" and
            // "another" describe the noun ("What other European Protestant leader …?").
            if (FunctionWords.IsFunctionWord(word, "en") && word.ToLowerInvariant() is not ("other" or "another")) return null;
        }
        return null;
    }

    /// <summary>A title ("leader", "actor"), a noun of people ("staff") or one whose plural is ("researchers", "players"); not the verbs only people do ("killed").</summary>
    private static bool IsPersonNoun(string word) =>
        word.All(char.IsLower) && (NameContext.IsPersonTitle(word) || PersonNouns.NamesPeople(word) || PersonNouns.NamesPeople(word + "s"));

    [GeneratedRegex(@"\bwhat\s+", RegexOptions.IgnoreCase)]
    private static partial Regex What();

    [GeneratedRegex(@"[\p{L}'-]+")]
    private static partial Regex Word();
}
