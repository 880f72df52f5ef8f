using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>
/// A question about a year is answered by a sentence that says the year (<see cref="AskedYears"/>) — but saying the
/// year is not saying it about the asked thing. "How big was the US trade deficit in 2010?" over "Eight super-casinos
/// are proposed from 2010", "Um wie viel Prozent sanken die Auftragseingänge im August 2019?" over a pension forecast
/// "zwischen 2019 und 2020": the year stands beside another topic, the question is unanswered. The year must be said
/// where the question's topic (<see cref="AskedTopic"/>) is: in the sentence, a neighbouring sentence of its passage
/// or its article's title ("Bis 2020 sollten es mehr als 200.000 sein" after the sentence on the staff's shares) — unless
/// the sentence's own new figure is the asked one (a count of the asked thing, or a measure in the asked unit said with
/// the question's act: <see cref="SaysAskedFigure"/>), which says the year of the asked figure wherever the topic stands.
/// </summary>
internal static class YearBesideTopic
{
    /// <summary>
    /// True when every chosen sentence that says an asked year stands apart from all of the question's topic words and
    /// from its counted noun (<paramref name="counted"/>): "how many refugees … in 2015" is answered beside "2015 … 600.000
    /// Flüchtlinge" although the question's other nouns ("defence minister") say who is quoted, not what is counted. A
    /// sentence whose new figure is the asked one (<see cref="SaysAskedFigure"/>) is never apart.
    /// </summary>
    /// <param name="measureAsked">The question asks a sum, share or physical measure (<see cref="AsksMeasure"/>).</param>
    /// <param name="language">The question's language: an English word that describes a name is read apart (<see cref="NameDescriptors"/>).</param>
    public static bool IsApart(IReadOnlyList<CandidateSentence> chosen, string question, AskedYears years, AskedTopic topic, AskedTopic counted,
        ITermStatistics statistics, bool measureAsked, string language)
    {
        if (!years.Any) return false;
        // "his 2005 season", "im August 2019", "Saison 2016/17": the word beside the year is the period the year names
        // ("Henman will start his 2005 campaign"), not a topic of its own.
        topic = topic.Without(years.WordsBeside(question));
        // "How much net profit did Australian miner WMC make in 2004?": "miner" says what WMC is; the year said beside
        // the company's name is said of the asked thing, though the sentence never calls it a miner.
        topic = topic.Without(NameDescriptors.In(question, language));
        if (!topic.Any) return false;
        var stating = chosen.Where(c => years.AreShownNear([c.Text], 0, c.Hit.Article.Title)).ToList();
        return stating.Count > 0 && stating.All(c => !SaysAskedFigure(c, counted.Any, measureAsked) && Nearby(c, statistics) is var nearby
            && topic.ShownShare(WithStems(nearby), c.Hit.Passage.Language) == 0
            && !counted.IsShownIn(nearby, c.Hit.Passage.Language));
    }

    /// <summary>
    /// The sentence's new figure is the asked one and nothing else, so the year it says is said of the asked figure, whatever
    /// the question's other nouns are (its quoter, its place, its role) and however <see cref="AskedTopic.IsShownIn"/> spells them:
    /// <list type="bullet">
    /// <item>a count of the asked thing: "2009 bis 2013 hat allein das Bundespresseamt 600 Umfragen in Auftrag gegeben" for
    /// "Wie viele Meinungsumfragen … zwischen 2009 und 2013?", "111 Personen starben 2014 …" for "Wie viele Menschen sind
    /// 2014 … gestorben?" — it names the counted noun or its compound's head (<see cref="CandidateSentence.StatesUnit"/>), or
    /// shows the counted unit (a person noun for people) and the question's own verb;</item>
    /// <item>a measure in the asked unit (a share, a sum, a measure: <see cref="CandidateSentence.StatesMeasure"/>) said with
    /// the question's act — its verb and another word it asks besides the unit and the year's neighbour
    /// (<see cref="CandidateSentence.ShowsAskedAct"/>; a question without a verb, as English ones are, never passes):
    /// "Lukaschenko war zuletzt 2010 mit offiziell 80 Prozent der Stimmen in seinem Amt
    /// bestätigt worden" for "Mit wie viel Prozent wurde der weißrussische Staatschef bei der Wahl 2010 im Amt bestätigt?",
    /// though the role "Staatschef" and the year's own "Wahl" stand nowhere near. A figure of another unit, or without the
    /// asked act ("die Pensionen steigen zwischen 2019 und 2020 um 1,8 Prozent" for the orders that fell; "Die Exporte sanken
    /// im August 2019 um 3 Prozent", which shares only the verb), stays apart.</item>
    /// </list>
    /// </summary>
    /// <param name="countQuestion">The question counts a noun (<see cref="AskedTopic.OfCountedNoun"/>).</param>
    /// <param name="measureAsked">The question asks a sum, share or physical measure (<see cref="AsksMeasure"/>).</param>
    private static bool SaysAskedFigure(CandidateSentence sentence, bool countQuestion, bool measureAsked) =>
        sentence.Novel.Count > 0 && !sentence.CountsOtherThings
        && ((countQuestion && ((sentence.StatesUnit && sentence.CountsAskedNoun) || (sentence.ShowsUnit && sentence.ShowsVerb && sentence.ShowsPredicate)))
            || (measureAsked && sentence.StatesMeasure && sentence.ShowsUnit && sentence.ShowsAskedAct));

    /// <summary>
    /// The question asks a sum, share or physical measure, which <see cref="SaysAskedFigure"/> may find said of the asked
    /// thing by its unit and the question's act. Not a count (read by its counted noun), nor a score: "2:1" is said of the
    /// two sides that played, so the asked team must stand near the year ("2013 gewann Dortmund 2:1 gegen Schalke" for
    /// "Mit welchem Ergebnis gewann Bayern das Finale 2013?").
    /// </summary>
    public static bool AsksMeasure(AskedUnit? askedUnit) =>
        askedUnit is { Kind: AskedUnit.Measure.Money or AskedUnit.Measure.Percent or AskedUnit.Measure.Physical };

    /// <summary>Shortest stem a derived word is read as sharing with a topic word.</summary>
    private const int MinStem = 5;

    /// <summary>
    /// The terms and their starts: a derived word shows the word it is made from ("production" for "How much cocoa does
    /// Nigeria want to produce by 2008?" — "product" begins with the stem "produc"), which the analyser keeps apart.
    /// </summary>
    private static IReadOnlySet<string> WithStems(IReadOnlySet<string> terms)
    {
        var all = new HashSet<string>(terms, StringComparer.Ordinal);
        foreach (var term in terms)
            for (var length = MinStem; length < term.Length; length++) all.Add(term[..length]);
        return all;
    }

    /// <summary>The terms of the sentence, its neighbours in its passage and its article's title.</summary>
    private static IReadOnlySet<string> Nearby(CandidateSentence sentence, ITermStatistics statistics)
    {
        var language = sentence.Hit.Passage.Language;
        var terms = new HashSet<string>(sentence.Terms, StringComparer.Ordinal);
        terms.UnionWith(statistics.AnalyzeTerms(sentence.Hit.Article.Title, language));
        var passage = PassageSentences.Of(sentence.Hit.Passage.Text, language, statistics);
        var at = sentence.Position;
        // The position is the sentence's own in its passage; a sentence taken from elsewhere has only itself.
        if (at < 0 || at >= passage.Sentences.Count || passage.Sentences[at] != sentence.Text) return terms;
        if (at > 0) terms.UnionWith(passage.Terms[at - 1]);
        if (at + 1 < passage.Terms.Count) terms.UnionWith(passage.Terms[at + 1]);
        return terms;
    }
}
