using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A news lede restates the story and speaks of its actor only by kind, with an indefinite article ("A bookmaker has
/// stopped taking bets on Celebrity Big Brother …", "Ein Verlag hat sich die Rechte gesichert …"); the next sentence
/// names it ("William Hill made the move after …"). For "Which bookmaker …?" the lede shows the question best but names
/// no one, and a sentence elsewhere that names another of the kind ("Bookmaker Ladbrokes said it would continue …")
/// outscores the naming one. When a chosen sentence speaks of the asked thing only unnamed (<see cref="UnnamedMention"/>)
/// and shows the question at least as well as the lead, the sentence right after it in its passage, when it names
/// something new, leads, and the lede follows it.
/// </summary>
/// <remarks>
/// The lede opens with the unnamed thing ("A bookmaker has …", "Ein Investor will …"): the actor the story then names as
/// the next sentence's subject, which opens with the new name. "Police arrested the singer at a hotel. Officers from
/// Lakeside Station said …" speaks of the hotel in passing, and the next sentence names someone else.
/// Only the very next sentence: the lede's story is named there or not at all, and a name further on belongs to
/// something else the article goes on to. A question for a kind ("What kind of …") is answered by a description, not a name.
/// </remarks>
internal static class IndefiniteLede
{
    public static List<CandidateSentence> Lead(List<CandidateSentence> chosen, IReadOnlyList<CandidateSentence> candidates, string question,
        string language, AnswerType expected, int maxSentences)
    {
        if (chosen.Count == 0 || expected is not (AnswerType.Named or AnswerType.Organisation or AnswerType.Person or AnswerType.Place)
            || AskedHead.Of(question) is not { } head || UnnamedMention.AsksForAKind(question)) return chosen;
        var lede = chosen.FirstOrDefault(c => c.Hit.Passage.Language == language && c.Coverage >= chosen[0].Coverage
                                              && OpensWithUnnamed(c.Text, head, language) && UnnamedMention.OnlyIn(c.Text, head, language));
        if (lede is null) return chosen;
        var naming = candidates.FirstOrDefault(c => c.Hit.Passage.Id == lede.Hit.Passage.Id && c.Position == lede.Position + 1
                                                    && OpensWithNewName(c, language));
        if (naming is null || naming == chosen[0]) return chosen;
        return new[] { naming, lede }.Concat(chosen.Where(c => c != naming && c != lede)).Take(maxSentences).ToList();
    }

    /// <summary>How far into the lede the asked noun may stand: the article and one adjective before it ("Ein Berliner Verlag").</summary>
    private const int OpeningWords = 3;

    /// <summary>The sentence opens with an indefinite article and the asked noun stands within its first words.</summary>
    private static bool OpensWithUnnamed(string sentence, string head, string language)
    {
        var words = Tokenizer.FirstTokens(sentence, OpeningWords).Select(t => t.Text).ToList();
        return words.Count > 1 && FunctionWords.IsIndefiniteArticle(words[0], language)
               && words.Skip(1).Any(w => WordNormalizer.Key(w, language) == WordNormalizer.Key(head, language));
    }

    /// <summary>The sentence's first word is capitalised and one of its new names: "William Hill made the move …".</summary>
    private static bool OpensWithNewName(CandidateSentence sentence, string language) =>
        Tokenizer.FirstTokens(sentence.Text, 1) is [{ IsCapitalised: true } first] && !FunctionWords.IsFunctionWord(first.Text, language)
        && sentence.Novel.Any(n => n.Split(' ')[0] == WordNormalizer.Key(first.Text, language));
}
