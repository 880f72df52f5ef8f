using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "Wie viel Umsatz macht die Automobilwirtschaft im Jahr?" is answered by "Der Jahresumsatz liege bei 43 Mrd. Euro", not
/// by "führe pro Jahr 15 Milliarden Euro an Steuern ab"; "Wie viel operativen Gewinn hat Ericsson gemacht?" by "Operating
/// profit … was 9.5bn kronor", not by "sales … rose 9% to 39.4bn kronor". A money question asked by the sum's own noun
/// (<see cref="AskedUnit.HasRole"/>: Umsatz, Gewinn, budget, Zinsen) is answered by a sum that noun governs: the noun, as
/// asked, translated or as the head of a compound ("Jahresumsatz"), in the sum's own clause and a few words from it. A sum
/// of the same sentence's other noun ("an Steuern", "sales") is another quantity of the topic.
/// </summary>
internal static class SumOfAskedNoun
{
    /// <summary>
    /// Words between the asked noun and its sum: "Umsatz von 823 Mio.", "Jahresumsatz liege bei 43 Mrd.", "Operating profit in
    /// the three months to 31 December was 9.5bn", "a £2.5m annual budget".
    /// </summary>
    private const int MaxWordsApart = 8;

    /// <summary>Whether a sum of <paramref name="sentence"/> stands in one clause with a word <paramref name="isAskedNoun"/> reads as the asked noun.</summary>
    public static bool IsStatedIn(string sentence, Func<string, bool> isAskedNoun)
    {
        var words = Tokenizer.LetterRuns(sentence).Select(w => (w.Value, w.Index)).ToList();
        var parts = FigureClause.Of(sentence);
        foreach (var figure in NumberTokens.Figures(sentence))
        {
            if (AskedAmount.IsYearLike(figure.Key) || !AnswerCandidates.IsSum(sentence, figure.Start, figure.End)) continue;
            if (parts.FirstOrDefault(p => figure.Start >= p.Start && figure.Start < p.End) is not { End: > 0 } part) continue;
            if (WordsNear(words, part, figure.Start).Any(isAskedNoun)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a figure follows the word ending at <paramref name="nounEnd"/> in its clause, at most <see cref="MaxWordsApart"/>
    /// words on: "Jahresumsatz liege bei 43 Mrd.", "jährliche Anleihezinsen von rund acht Millionen Euro".
    /// </summary>
    public static bool FigureFollows(string sentence, int nounEnd)
    {
        var parts = FigureClause.Of(sentence);
        if (parts.FirstOrDefault(p => nounEnd > p.Start && nounEnd <= p.End) is not { End: > 0 } part) return false;
        var words = Tokenizer.LetterRuns(sentence).Select(w => (w.Value, w.Index)).ToList();
        foreach (var figure in NumberTokens.Figures(sentence))
        {
            if (figure.Start < nounEnd || figure.Start >= part.End || AskedAmount.IsYearLike(figure.Key)) continue;
            return words.Count(w => w.Index >= nounEnd && w.Index < figure.Start) <= MaxWordsApart;
        }
        return false;
    }

    /// <summary>The words of <paramref name="part"/> at most <see cref="MaxWordsApart"/> words before or after the figure at <paramref name="at"/>.</summary>
    private static IEnumerable<string> WordsNear(List<(string Value, int Index)> words, FigureClause.Part part, int at)
    {
        var inPart = words.Where(w => w.Index >= part.Start && w.Index < part.End).ToList();
        var figureAt = inPart.Count(w => w.Index < at);
        return inPart.Where((_, k) => k < figureAt ? figureAt - k <= MaxWordsApart : k - figureAt < MaxWordsApart).Select(w => w.Value);
    }
}
