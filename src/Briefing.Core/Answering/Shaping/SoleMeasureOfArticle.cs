using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// "Wie schwer ist das iWork 11 ohne Tastatur?" over "274 x 172 x 10,5 Millimeter misst das Tablet bei 680 Gramm Gewicht.",
/// "Für wie lange hat Peter Hlinka unterschrieben?" over "Nun erhielt der Mittelfeldspieler einen Einjahresvertrag": a report
/// names its subject in the headline and lede and states its figures further down under a generic noun ("das Tablet", "der
/// Mittelfeldspieler", "the firm"), so the sentence repeats too little of the question to lead by its words. When the
/// question asks a specific measure (a sum, a physical unit, a duration) and the first-ranked article states exactly one
/// figure of it, in a sentence that names no party of its own, that figure is the article subject's: the measure ties the
/// sentence to the question as the question's words would.
/// </summary>
/// <remarks>
/// Only the sole figure: an article with two sums or two durations ("Ablösesumme bis zu 30 Millionen" beside "27 Millionen
/// Euro") says by its words which one is asked, and the usual coverage decides. A sentence that names another party
/// ("Quinlan Private bought the Savoy for £750m") states that party's figure, not the subject's. A sum must be said in the
/// question's verb or a price verb (<see cref="CandidateSentence.ShowsPredicate"/>): a report's one sum is as often a
/// reward or an auction's takings as the asked worth (train, "What was the jewellery stolen from Ozzy Osbourne's house
/// worth?" over "A £100,000 reward has been offered"). Two figures in the one sentence are no sole figure either
/// (<see cref="StatesTwice"/>).
/// </remarks>
internal static partial class SoleMeasureOfArticle
{
    public static bool Answers(CandidateSentence candidate, IReadOnlyList<CandidateSentence> ranked) =>
        candidate.MeasureOfArticleSubject && !candidate.CountsOtherThings
        && !ranked.Any(other => other.StatesSpecificMeasure && other.Hit.Article.Id == candidate.Hit.Article.Id && !other.Novel.IsSubsetOf(candidate.Novel));

    /// <summary>
    /// "Ein Wertgutachten hatte 406 Millionen Euro für die ganze Casag ergeben, die Öbib hatte zu 350 Millionen Euro
    /// angeboten" for what Novomatic paid: a sentence that states the measure twice sets two figures side by side (a
    /// valuation and an offer, this year's and last year's), and its words, not its place in the article, say which is
    /// the subject's. A figure in brackets restates the one before it ("€10m ($11m)") and is no second one.
    /// </summary>
    /// <param name="states">Whether a text states a figure of the asked measure (<see cref="AskedUnit.IsStatedIn"/>).</param>
    public static bool StatesTwice(string sentence, Func<string, bool> states)
    {
        var end = SumOfAnotherParty.SumEnd(sentence, states);
        return end < sentence.Length && states(Bracketed().Replace(sentence[end..], " "));
    }

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Bracketed();
}
