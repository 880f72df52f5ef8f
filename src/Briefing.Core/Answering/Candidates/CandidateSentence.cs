using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>A sentence of a retrieved passage, with its analysed terms and its score for the question.</summary>
/// <param name="Coverage">Share of the question's weighted concepts the sentence shows, comparable across passage languages.</param>
internal sealed record CandidateSentence(
    string Text,
    PassageHit Hit,
    int PassageRank,
    int Position,
    IReadOnlySet<string> Terms,
    double Coverage,
    double Score)
{
    /// <summary>Candidates of the expected answer type that the question does not already contain.</summary>
    public IReadOnlySet<string> Novel { get; init; } = new HashSet<string>();

    /// <summary>
    /// A new candidate is a name its context marks as exactly the asked kind ("Chief executive Peter McGuigan" for "who",
    /// "came at Coventry" for "where"; not "Strachan told the BBC", a place only by the dictionary).
    /// </summary>
    public bool NamesAskedKind { get; init; }

    /// <summary>
    /// A new name stands right next to the noun the question asks for: "which X"'s head ("vom Designbüro Nordlicht"), or a
    /// role noun of a "who" question ("producer Jane Doe" for "Who produced ...?", <see cref="RoleNouns"/>).
    /// </summary>
    public bool NearAskedNoun { get; init; }

    /// <summary>
    /// A new name is the doer of the question's own action, named in the passive ("directed by Nicole Kassell" for "Who
    /// directed ...?", "von Anna Berger inszeniert", "(Regie: Anna Berger)"; <see cref="ActionAgents"/>).
    /// </summary>
    public bool NamesAskedAgent { get; init; }

    /// <summary>
    /// Analysed terms of the words right before the sentence's new names of the asked kind ("drummer" in "drummer Leo
    /// Marsh"): the description another sentence may use for the same person.
    /// </summary>
    public IReadOnlySet<string> RoleTerms { get; init; } = new HashSet<string>();

    /// <summary><see cref="Coverage"/> with the question's names also counted when only the sentence's article shows them.</summary>
    public double ContextCoverage { get; init; }

    /// <summary>The sentence shows something the question asks besides its names (or the question has nothing else).</summary>
    public bool ShowsPredicate { get; init; } = true;

    /// <summary>The sentence shows the question's verb (<see cref="Search.QuestionTerms.ShowsVerb"/>), or no passage of its language could.</summary>
    public bool ShowsVerb { get; init; } = true;

    /// <summary>
    /// The sentence shows the question's act: its verb, which the question must have, and another word it asks that is
    /// no name, no word of the asked unit and no word beside the asked year (<see cref="Search.QuestionTerms.ShowsVerbAndAnotherWord"/>).
    /// </summary>
    public bool ShowsAskedAct { get; init; }

    /// <summary>The sentence or a neighbour names what a "how many" question counts (or the question names no unit).</summary>
    public bool ShowsUnit { get; init; } = true;

    /// <summary>The sentence names every month the question asks about (<see cref="AskedMonths"/>), or it names none.</summary>
    public bool ShowsAskedMonths { get; init; } = true;

    /// <summary>
    /// The sentence itself names what a "how many" question counts ("Among them were 31 children" for "How many
    /// children died?"), not only a neighbour of it: its number counts the asked thing.
    /// </summary>
    public bool StatesUnit { get; init; }

    /// <summary>
    /// The sentence itself states the asked measure: the counted noun ("rund 90 Gesetze"), or a sum or share for a money
    /// or percentage question ("beläuft sich auf 20 Millionen Euro"); false when the question asks for no measure.
    /// </summary>
    public bool StatesMeasure { get; init; }

    /// <summary>
    /// The sentence gives a new figure of the asked measure when the question names a specific one: a sum of money, a
    /// physical unit ("Wie schwer …?" → grams), or a duration for "Wie lange …?" (<see cref="SoleMeasureOfArticle"/>).
    /// </summary>
    public bool StatesSpecificMeasure { get; init; }

    /// <summary>
    /// <see cref="StatesSpecificMeasure"/> in the first-ranked article, and the sentence names no party of its own
    /// (<see cref="MeasureOfTopArticle.NamesAnotherParty"/>): its figure is of the article's subject, however it calls it.
    /// </summary>
    public bool MeasureOfArticleSubject { get; init; }

    /// <summary>
    /// The sentence speaks of the person the question names, by name or by a pronoun only they can be
    /// (<see cref="AskedPersonMentions"/>); false when the question names no person.
    /// </summary>
    public bool SpeaksOfAskedPerson { get; init; }

    /// <summary>The sentence names the source the question asks the figure of ("laut Veranstaltern": "Den Veranstaltern zufolge ...").</summary>
    public bool CitesAskedSource { get; init; }

    /// <summary>
    /// The question asks what happened, and every new figure the sentence gives for it is a forecast, plan or aim
    /// (<see cref="AskedOutlook"/>): "is expected to rise to about $150bn for 2004" for "How big was the deficit in 2004?".
    /// </summary>
    public bool StatesOnlyOutlook { get; init; }

    /// <summary>
    /// The question asks when something will happen, and every date the sentence says is of a past event
    /// (<see cref="PastDateForFutureQuestion"/>): "In 2004, China increased its capacity" for "When is the dam due to be completed?".
    /// </summary>
    public bool DatesOnlyPast { get; init; }

    /// <summary>
    /// The question counts things ("Wie viele Pakete …?"), and every new figure of the sentence counts another noun ("durch
    /// zwei bekannte Schwachstellen angreifbar", "the top two best-selling paperbacks"; <see cref="AskedFact.CountsOtherThings"/>).
    /// </summary>
    public bool CountsOtherThings { get; init; }

    /// <summary>
    /// The question counts things, and a new figure of the sentence counts the asked noun itself (its forms, translations
    /// or other words right after the figure: "Forty-two films", "he's won 24 titles"), or the noun cannot be checked;
    /// true when the question counts nothing or the sentence holds no figure. <see cref="StatesUnit"/> only says the
    /// sentence names the noun somewhere ("two new international cinema competitions" at a film festival).
    /// </summary>
    public bool CountsAskedNoun { get; init; } = true;

    /// <summary>
    /// The question counts things, and the sentence's new figures only say an order or a share ("Tausende Nationalisten",
    /// "Fast die Hälfte aller Delikte", <see cref="Text.NumberWords.IsVagueCount"/>): no count that answers "how many".
    /// </summary>
    public bool CountsOnlyVaguely { get; init; }

    /// <summary>
    /// A plain "when" question's sentence whose new date is written to the day of its month ("am 15. Juni", "for 27
    /// February", <see cref="CalendarDays"/>); false for "in which year", "Bis wann", "Seit wann".
    /// </summary>
    public bool StatesDayOfMonth { get; init; }

    /// <summary>The question asks a figure per period, and the sentence writes one per that period (<see cref="AskedPeriod"/>: "£6m a year").</summary>
    public bool StatesAskedPeriod { get; init; }

    /// <summary>
    /// The question asks a sum by its own noun ("Wie viel Umsatz …?"), and a sum of the sentence stands in one clause with that
    /// noun (<see cref="SumOfAskedNoun"/>: "Der Jahresumsatz liege bei 43 Mrd. Euro"), not only beside another noun's sum.
    /// </summary>
    public bool StatesAskedSum { get; init; }

    /// <summary>The sentence names every figure the question names besides years (<see cref="AskedFigures"/>), or it names none.</summary>
    public bool ShowsAskedFigures { get; init; } = true;

    /// <summary>The sentence or its article's title says every year the question asks about (<see cref="AskedYears"/>).</summary>
    public bool ShowsAskedYears { get; init; } = true;

    /// <summary>The sentence, a neighbour or its article's headline shows the question's rarest names (what it is specifically about).</summary>
    public bool ShowsCore { get; init; } = true;

    /// <summary>
    /// For a figure, in the first-ranked article: not <see cref="ShowsCore"/>, but the sentence or a neighbour writes one of
    /// the question's names and shows what it asks, and the article names the rest ("When we took over Leeds United in March
    /// 2004, the club had a debt of £103m" for "How much debt did Leeds United have when Krasner's board took over?"). Such a
    /// sentence leads only when none that shows the core does (<see cref="AnswerShaper"/>).
    /// </summary>
    public bool ShowsCoreInArticle { get; init; }

    /// <summary>
    /// How strongly retrieval ranked the sentence's article: its best retrieved passage's score as a share of the first
    /// article's (1 for the first article and for every passage of it, siblings included).
    /// </summary>
    public double ArticleShare { get; init; } = 1;

    /// <summary>How many sentences the sentence's passage has (0 when not known): its last one runs on into the article's next passage.</summary>
    public int PassageSentences { get; init; }

    /// <summary>
    /// How many sentences after <paramref name="earlier"/> this one comes in their article's text: in one passage (negative
    /// before it), or in the passage right after its passage (positive only), else null. A long paragraph is cut into
    /// passages at sentence boundaries: "Die Teststrecken sind Teil des Turbopakets." ends one, "Dafür nimmt man 50
    /// Millionen Euro in die Hand." opens the next, and goes on about the sentence before it as within a passage.
    /// </summary>
    /// <remarks>
    /// Only forwards across the boundary: a sentence that continues the one before it is read on from it, but a passage's
    /// last sentence is no lead-in to the next passage's (probes: backwards it answered "Wie heißt der Kommandeur?" with the
    /// cause of an arrest that ended the passage before).
    /// </remarks>
    public int? SentencesAfter(CandidateSentence earlier)
    {
        if (Hit.Passage.Id == earlier.Hit.Passage.Id) return Position - earlier.Position;
        if (Hit.Article.Id == earlier.Hit.Article.Id && Hit.Passage.Ordinal == earlier.Hit.Passage.Ordinal + 1 && earlier.PassageSentences > 0)
            return earlier.PassageSentences - earlier.Position + Position;
        return null;
    }
}
