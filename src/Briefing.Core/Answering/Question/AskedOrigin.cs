using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "Woher stammen der Onkel und der Bub?", "Which country was the UN peacekeeper from?": a question for where people come
/// from. News names them once and says their origin later, in a sentence that refers back to them ("Beide stammen aus dem
/// Kreis Bernkastel-Wittlich", "dass es sich um einen Soldaten aus Malawi handelte"): that sentence repeats neither their
/// names nor what the question says of them, and yet it answers.
/// </summary>
internal static partial class AskedOrigin
{
    /// <summary>Whether <paramref name="question"/> asks where someone comes from.</summary>
    public static bool IsAsked(string question) => OriginQuestion().IsMatch(question);

    /// <summary>
    /// The name keys (<see cref="AnswerCandidates.NameKey"/>) of the origin <paramref name="sentence"/> states of people it
    /// refers back to: after "stammen / kommen aus", "come from" in a sentence speaking of someone by pronoun or as "Beide",
    /// or after a person noun ("einen Soldaten aus Malawi", "workers from Poland"). Empty when it states none.
    /// </summary>
    public static IReadOnlySet<string> StatedBackIn(string sentence, string language)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        // "stammen aus" says whose origin only through the subject: a pronoun or "Beide" refers back to the asked people.
        if (NamingSentence.RefersBack(sentence, language) || BothOpening().IsMatch(sentence))
            foreach (Match m in OriginVerb().Matches(sentence))
                AddPlace(keys, m.Groups["place"].Value);
        foreach (Match m in PersonFrom().Matches(sentence))
            if (PersonNouns.IsPersonNoun(m.Groups["noun"].Value) && !PersonNouns.IsGeneric(m.Groups["noun"].Value))
                AddPlace(keys, m.Groups["place"].Value);
        return keys;
    }

    private static void AddPlace(HashSet<string> keys, string place)
    {
        foreach (var word in Tokenizer.LetterRuns(place).Select(w => w.Value).Where(w => char.IsUpper(w[0]) && !FunctionWords.IsFunctionWord(w)))
            keys.Add(AnswerCandidates.NameKey(word));
    }

    [GeneratedRegex(@"\bwoher\b|\baus\s+welche[mrn]?\s+(\p{L}+\s+)?(land|staat|stadt|ort|region|gegend|bundesland|teil)\b|\b(which|what)\s+(\p{L}+\s+)?(country|city|town|part\s+of\s+\p{L}+|region|state)\b.*\bfrom\s*\?\s*$|\bwhere\s+(is|are|was|were|do|does|did)\b.*\b(from|come\s+from)\s*\?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginQuestion();

    /// <summary>"Beide stammen aus …", "Both come from …", "Die beiden kommen aus …".</summary>
    [GeneratedRegex(@"^\s*(beide|both|(die|the)\s+(beiden|two))\b", RegexOptions.IgnoreCase)]
    private static partial Regex BothOpening();

    /// <summary>"stammen aus dem Kreis X", "kommt ursprünglich aus X", "comes from X", "hails from X".</summary>
    [GeneratedRegex(@"\b(stamm\p{L}*|komm\p{L}*|kam|kamen|come|comes|came|hails?|hailed)\s+(\p{L}+\s+)?(aus|from)\s+(?<place>(\p{L}+\s+){0,2}\p{Lu}[\p{L}-]*)")]
    private static partial Regex OriginVerb();

    /// <summary>"einen Soldaten aus Malawi", "two workers from Poland".</summary>
    [GeneratedRegex(@"\b(?<noun>\p{L}+)\s+(aus|from)\s+(?<place>((dem|der|den|the)\s+)?\p{Lu}[\p{L}-]*)")]
    private static partial Regex PersonFrom();
}
