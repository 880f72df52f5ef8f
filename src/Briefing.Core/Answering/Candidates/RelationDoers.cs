using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// The names a sentence gives as the doer of the relation a who-question asks, when the article words that relation
/// otherwise than the question (<see cref="RelationParaphrases"/>): "Who stepped in for Smith?" over "Tan ersetzte
/// Smith", "Wer übernahm die Leitung?" over "Anna Berger takes over as director", "Wer hat auf die Kritik geantwortet?"
/// over "Für den ÖGB reagierte am Sonntag Vizepräsidentin Renate Anderl". The sentence restating the question repeats its
/// nouns and scores best by them; the one naming the doer beside the relation's own word is the answer
/// (<see cref="CandidateSentence.NamesAskedAgent"/>), as a passive's "replaced by Tan" is (<see cref="ActionAgents"/>).
/// </summary>
/// <remarks>
/// Read only for a question whose asked word is the subject ("Wer …?", "Who scored …?", "Which coach threw …?"): "Wen
/// besiegte Thiem?", "Who did Thiem beat?" ask for the other side of the relation, which stands next to its word too.
/// The doer is read by nearness, the relation's word at most <see cref="MaxWordsBetween"/> words from the name within
/// one clause: news names the doer right before its verb ("Jake White claimed …"), after it in German word order
/// ("reagierte am Sonntag Vizepräsidentin Renate Anderl"), or beside its role noun ("Kosmetikchef Hans Van Bylen wird
/// sein Nachfolger").
/// </remarks>
internal static partial class RelationDoers
{
    /// <summary>Words that may stand between the doer's name and the relation's word (a time, a role: "am Sonntag Vizepräsidentin").</summary>
    internal const int MaxWordsBetween = 3;

    /// <summary>Whether <paramref name="question"/> asks for the subject of its verb: "Wer …?", "Who …?" or "Which X …?" without do-support or a final preposition.</summary>
    public static bool AsksForSubject(string question)
    {
        var text = question.Trim();
        if (GermanSubject().IsMatch(text)) return true;
        return EnglishSubject().IsMatch(text) && !DoSupport().IsMatch(text) && !FinalPreposition().IsMatch(text);
    }

    /// <summary>
    /// The name keys (<see cref="AnswerCandidates.NameKey"/>) of <paramref name="sentence"/>'s names that stand next to a
    /// word showing one of the <paramref name="asked"/> relations, in the same clause.
    /// </summary>
    public static IReadOnlySet<string> Of(string sentence, IReadOnlyList<AskedAndShown> asked, string language, NameDetector names, AnswerType expected)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (asked.Count == 0) return keys;
        var spans = NameSpans.In(sentence, language, names);
        // A name that holds the relation's word ("Respond", "Chefkoch GmbH") shows no relation.
        var shown = asked.SelectMany(r => r.Shown.Matches(sentence))
            .Where(m => !spans.Any(s => m.Index < s.End && m.Index + m.Length > s.Start)).ToList();
        if (shown.Count == 0) return keys;
        foreach (var span in NameSpans.Named(sentence, language, names))
        {
            if (!NameSpans.Fits(span.Kind, expected)) continue;
            if (shown.Any(m => IsNear(sentence, span.Start, span.End, WordStart(sentence, m.Index), WordEnd(sentence, m.Index + m.Length))))
                keys.UnionWith(span.Words.Select(AnswerCandidates.NameKey));
        }
        return keys;
    }

    /// <summary>Where the word holding a shown stem starts ("reagier" of "reagierte" is matched by its stem).</summary>
    private static int WordStart(string sentence, int index)
    {
        while (index > 0 && char.IsLetter(sentence[index - 1])) index--;
        return index;
    }

    private static int WordEnd(string sentence, int index)
    {
        while (index < sentence.Length && char.IsLetter(sentence[index])) index++;
        return index;
    }

    /// <summary>The text between the name and the relation's word is at most <see cref="MaxWordsBetween"/> words with no clause break.</summary>
    private static bool IsNear(string sentence, int nameStart, int nameEnd, int wordStart, int wordEnd)
    {
        if (wordStart < nameEnd && wordEnd > nameStart) return true;
        var between = wordStart >= nameEnd ? sentence[nameEnd..wordStart] : sentence[wordEnd..nameStart];
        // "Henkel-Chef" / "Van Bylen wird sein Nachfolger": a hyphen joins a role to the name; a comma, colon or dash ends the clause.
        if (ClauseBreak().IsMatch(between)) return false;
        return WordRun().Matches(between).Count <= MaxWordsBetween;
    }

    [GeneratedRegex(@"^(wer|welche[rs]?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanSubject();

    [GeneratedRegex(@"^(who|which\s+[\p{L}'-]+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishSubject();

    /// <summary>"Who did Thiem beat?", "Which club does he play for?": the wh-word is the object.</summary>
    [GeneratedRegex(@"\b(did|does|do|has\s+\p{Lu}|have\s+the)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoSupport();

    [GeneratedRegex(@"\b(for|from|to|with|against|by|on|at|of|about)\s*\?*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FinalPreposition();

    [GeneratedRegex(@"[,;:–—()""„“”]|\s-\s|\b(and|und|but|aber|while|während|who|which|whose)\b")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex WordRun();
}
