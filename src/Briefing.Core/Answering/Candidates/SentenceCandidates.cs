using System.Text.RegularExpressions;
using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// Scores every sentence of the top passages: how much of the question's weighted content it covers, how
/// strongly retrieval ranked its passage, and whether it carries a number when the question asks for one.
/// </summary>
internal static partial class SentenceCandidates
{
    private const double PassagePriorWeight = 0.35;
    /// <summary>Bonus of a sentence holding a candidate of the expected answer type that the question lacks.</summary>
    private const double NovelCandidateBonus = 0.25;
    /// <summary>Bonus of a sentence naming what a "how many" question counts ("14 Personen" for "How many people ...").</summary>
    private const double UnitBonus = 0.15;
    private const double NeighbourCoverageWeight = 0.2;
    /// <summary>
    /// Share of its own and the sentence before's coverage that a sentence reaching its subject by a pronoun scores:
    /// below 1, so that with the same words of the question the sentence that names the subject leads.
    /// </summary>
    /// <remarks>0.8 led with fewer of XQuAD's answers reached through a pronoun; 1.0 with no more.</remarks>
    private const double InheritedCoverageShare = 0.9;
    /// <summary>Weight of a follow-up sentence's coverage of the question as asked (without the carried terms).</summary>
    private const double AskedCoverageWeight = 0.5;
    /// <summary>The question's most specific concepts (highest IDF), whose absence says most about an unanswerable question.</summary>
    private const int RareConcepts = 2;
    /// <summary>
    /// Share of the weight of the question's names that its rarest names carry: a lead must show them in its own or
    /// a neighbouring sentence, or its article's headline (<see cref="QuestionTerms.ShowsNames"/>).
    /// </summary>
    private const double CoreShare = 0.5;
    /// <summary>The sentence and its two neighbours, the first of the texts a sentence's nearness to the question's names is read in.</summary>
    private const int NeighbourhoodTexts = 3;
    /// <summary>Sentences of an article's first passage that, with the title, say what the whole article is about.</summary>
    private const int LedeSentences = 2;

    /// <returns>
    /// The scored sentences and the evidence the abstention threshold is calibrated on: the best coverage of the
    /// question by two consecutive sentences of one passage. It separates answerable from unanswerable XQuAD
    /// questions better than the whole passage's coverage (AUC 0.848 against 0.837): an answer is stated in one place.
    /// </returns>
    /// <param name="unit">The unit the question asks for (<see cref="AskedUnit.Of"/> of the question as typed), parsed once by the caller.</param>
    /// <param name="countedNounExpansions">
    /// The question's expansions with their same-sense synonyms (<see cref="GroundingResult.TopicExpansions"/>), read for the
    /// counted noun alone ("Wie viele Stellplätze …?" over "11.000 Parkplätze"): they say what a figure counts, while the
    /// question's coverage reads <paramref name="expansions"/> alone.
    /// </param>
    public static (IReadOnlyList<CandidateSentence> Sentences, double Evidence) Score(
        AnswerContext context, IReadOnlyList<PassageHit> retrieved, IReadOnlyList<PassageHit> passages, ITermStatistics statistics,
        IReadOnlyList<WeightedTerm> expansions, AnswerType expected, AskedUnit? unit, NameDetector names, IReadOnlyList<WeightedTerm> countedNounExpansions)
    {
        var topScore = passages.Count > 0 ? Math.Max(passages[0].Score, 1e-6f) : 1f;
        var articleShares = ArticleShares(retrieved);
        var askedCandidates = AnswerCandidates.Asked(context.StandaloneQuestion, expected, context.Language, names);
        // "An welchem Tag … im September …?": the month a when-question names frames the day it asks for.
        var framingMonths = expected == AnswerType.Date ? DayOfAskedMonth.Framing(askedCandidates) : new HashSet<int>();
        // What the question names, also as the other language writes it: no new candidate in a passage of that language.
        // A place the question names by its adjective ("bayerischen Stadt") is no new place either (AskedPlaceFamilies).
        var askedInEitherLanguage = AskedPlaceFamilies.With(AnswerCandidates.WithTranslations(askedCandidates, expected, expansions),
            context.StandaloneQuestion, context.Language, expected);
        var questionOwnWords = QuestionOwnWords.Of(context.StandaloneQuestion, context.Language, expansions);
        var topicWords = names.In(context.StandaloneQuestion, context.Language).ToHashSet(StringComparer.OrdinalIgnoreCase);
        topicWords.ExceptWith(DescribingAdjectives.In(context.StandaloneQuestion, context.Language, names));
        // The asked year, like a name, says which event; it is not what is asked about it ("dirigierte", "won").
        topicWords.UnionWith(AskedYears.Of(context.StandaloneQuestion).AsWritten);
        topicWords.UnionWith(FigureCompoundWords.In(context.StandaloneQuestion));
        // "Wie viele Mandatare braucht man im Landtag …?" over "die sechs Abgeordneten, die es im Landtag braucht": the
        // counted noun is what is asked, not a name of what the question is about, though a word the lexicon lacks reads as
        // one; the article often counts the thing by another word, so it places no sentence (CountedNounNotTopic).
        topicWords.ExceptWith(CountedNounNotTopic.Of(unit));
        var multiWordNames = NameSpans.In(context.StandaloneQuestion, context.Language, names).Where(s => s.Words.Count >= 2).Select(s => s.Words).ToList();
        // "according to the UN" beside "the United Nations Economic Commission said ...": the long form is near the name too.
        var acronyms = WrittenOutAcronyms.Of(topicWords, names, statistics);
        // "... the knee injury she picked up at Valencia?": a name of the setting need only be in the sentence's article.
        var settingWords = context.StandaloneQuestion == context.Question ? SettingNames.In(context.Question, context.Language, names) : new HashSet<string>();
        settingWords.IntersectWith(topicWords);
        var subjectTopicWords = topicWords.Except(settingWords, StringComparer.OrdinalIgnoreCase).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // "French investigators" over "aus Frankreich": a name's place family renders it in the other language's sentences too.
        var namedExpansions = PlaceFamilyRenderings.With(expansions, topicWords, context.Language);
        if (subjectTopicWords.Count == 0) settingWords.Clear();
        var source = AskedSource.Of(context.Question);
        var sourceNames = AskedSource.NamesOf(context.Question);
        var askedPerson = AskedPersonMentions.NameOf(context.StandaloneQuestion, context.Language, names);
        var subjectTermsByLanguage = new Dictionary<string, (QuestionTerms Subject, IReadOnlyList<string> Setting)>();
        // "the Tory shadow home secretary": the article names the described person after the same role phrase, as typed.
        var rolePhrases = DescribedRolePhrase.Of(context.StandaloneQuestion, context.Language);
        var articleTerms = ArticleTerms(passages, statistics);
        var headlines = Headlines(passages, statistics);
        var years = AskedYears.Of(context.Question);
        // The words beside the asked year ("Wahl 2010", "im August 2019") and their translations name the period, not the asked act (ShowsAskedAct).
        var besideYear = years.WordsBeside(context.Question);
        var besideYearTranslations = expansions.Where(e => e.Group is { } g && besideYear.Contains(g[(g.IndexOf(':') + 1)..])).Select(e => e.Text).ToList();
        var yearNeighbours = string.Join(' ', besideYear.Concat(besideYearTranslations));
        var ledeYears = LedeYears(passages, statistics, names, DatingYears.AskedNames(besideYear, besideYearTranslations, topicWords));
        var months = AskedMonths.Of(context.Question, expected);
        var figures = AskedFigures.Of(context.Question);
        var head = AskedHead.Of(context.Question);
        // The relation the question asks in words an article may paraphrase ("verhaftet" / "Verhaftung", "handed over" / "presented").
        var askedRelations = RelationParaphrases.AskedIn(context.Question);
        // "Was macht X beruflich?": the article says the job by its noun beside the name ("der Fotograf Laurent Mekul"); the
        // question's other words are the cue for it (beruflich, job, von Beruf), which no answering sentence repeats.
        var occupationAsked = ExpectedAnswerType.OccupationCueWords(context.Question).Any();
        // The nouns a new name next to which is the asked one: "which X"'s head, a "who" question's roles.
        // Not the age noun of a "which X" question for a thing: "In welcher Klinik ist der 18-Jährige gestorben?" — the name
        // beside "18-jähriger" is the person the question describes ("Ein 18-jähriger Oberösterreicher"), not the clinic.
        IReadOnlyList<string> askedNouns = [.. head is null ? [] : new[] { head },
            // "In welcher Klinik …?" → "im Unfallkrankenhaus Linz": the venue's other nouns of its kind, in either language.
            .. VenueKinds.OthersOf(head),
            .. expected is AnswerType.Person or AnswerType.Organisation or AnswerType.Named
                ? RoleNouns.Of(context.Question, context.Language).Where(r => expected != AnswerType.Named || head is null || !AgeNoun().IsMatch(r)) : [],
            // "What's the name of the fan who …?": "The fan, Dale Morton, …".
            .. expected == AnswerType.Person && AskedPersonNoun.Of(context.Question) is { } personNoun ? [personNoun] : Array.Empty<string>()];
        // "Wie heißt die Stellvertreterin …?" → "Vizepräsidentin Roxana Baldetti", "Wer leitet …?" → "Fred Langford, Chef der
        // IWF": an article of the question's language names the asked person beside another noun of the same role
        // (RoleKinds). Not in the other language: "Wer ist der neue Trainer beim AC Milan?" over an older English report's
        // "Milan coach Carlo Ancelotti" marked the former coach; RoleKinds' words of the other language are not read there.
        // They mark a name only where they stand for the role (RoleKinds.StandsAt): "sein Wegbegleiter Hans Huber" is no
        // "Leiter", "Co-Trainer Hermann Gerland" no head coach.
        IReadOnlySet<string> otherRoleNouns = expected is AnswerType.Person or AnswerType.Organisation or AnswerType.Named
            ? askedNouns.SelectMany(n => RoleKinds.OthersOf(n, context.Language, context.Question))
                .Where(r => !askedNouns.Contains(r, StringComparer.OrdinalIgnoreCase)).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>();
        IReadOnlyList<string> askedRoleNouns = [.. askedNouns, .. otherRoleNouns];
        // The which-question's head and the other nouns of its venue kind ("Kino", "Halle"; "Spital" → "Klinikum"), for a
        // name closed into a compound with one of them; a who-question's role nouns are not read so.
        IReadOnlyList<string> venueNouns = expected is AnswerType.Place or AnswerType.Named or AnswerType.Organisation && head is not null
            ? [head, .. VenueKinds.OthersOf(head)] : [];
        // "… the film about the late Joy Division singer?": the person the question describes by a title is named beside it in
        // the article ("late Joy Division singer Ian Curtis"), and is no answer anywhere in that article (DescribedPerson).
        var describedByArticle = expected is AnswerType.Person or AnswerType.Organisation or AnswerType.Named
            ? DescribedPerson.ByArticle(passages, DescribedPerson.Titles(context.StandaloneQuestion, context.Language), context.Language, names, statistics)
            : new Dictionary<string, HashSet<string>>();
        var headFormsByLanguage = new Dictionary<string, IReadOnlyList<string>>();
        // The asked noun and the who-question's doer nouns as the dictionary writes them, in each passage language.
        var doersAsked = expected is AnswerType.Person or AnswerType.Organisation;
        var dictionaryNounsByLanguage = new Dictionary<string, IReadOnlyList<string>>();
        var compoundNounsByLanguage = new Dictionary<string, IReadOnlyList<string>>();
        var dictionaryTermsByLanguage = new Dictionary<string, IReadOnlySet<string>>();
        // "Welche Art von Schule …?", "What type of plea …?": a kind is answered by the word describing the noun ("berufsbildende Schulen").
        var kindAsked = expected == AnswerType.Named && head is not null && UnnamedMention.AsksForAKind(context.Question);
        // "Who directed the film?": "directed by Nicole Kassell" names the doer; a question in the passive asks for the other role.
        var agentAsked = expected is AnswerType.Person or AnswerType.Organisation && !ActionAgents.IsPassive(context.Question);
        var playerAsked = expected == AnswerType.Person && PlayedRoles.IsAsked(context.Question);
        // "Wer ist als Dritter ins Ziel gekommen?": the name in the clause of the same place ("Dritter wurde der US-Amerikaner
        // Timothy ODonnell") is the asked holder, as a name beside the asked noun is (RankHolders).
        var askedPlace = expected == AnswerType.Person ? RankHolders.AskedPlace(context.Question) : null;
        // "Wer hat auf die Kritik geantwortet?" over "Für den ÖGB reagierte am Sonntag Vizepräsidentin Renate Anderl": the
        // name beside the article's own word for the asked relation is its doer, though the sentence repeats few of the question's words.
        var doerRelations = agentAsked && RelationDoers.AsksForSubject(context.Question) ? RelationParaphrases.WithDoerIn(context.Question) : [];
        // "How many people ...?" is not answered by a sum of money or a share in the sentence.
        var counts = unit is { Kind: AskedUnit.Measure.Count, CountsThings: true };
        // "Wie hoch war die Arbeitslosenquote?" is answered by a percentage, not by "Platz 136" or a count.
        var rate = ExpectedAnswerType.AsksForRate(context.Question);
        // "Wie oft …?", "How many months in a row …?": "zum dritten Mal", "the 19th month in a row" count it.
        var series = expected == AnswerType.Number && OrdinalSeries.IsAsked(context.Question);
        // "Der wievielte Sieg in Serie …?": the ordinal the article writes before the asked noun ("den zwölften Sieg") is the place asked.
        var seriesNoun = expected == AnswerType.Rank ? OrdinalOfAskedNoun.AskedNoun(context.Question) : null;
        // Its forms per passage language, read once per question (and only for such a question: Score runs for every one).
        var seriesNounFormsByLanguage = seriesNoun is null ? null : new Dictionary<string, IReadOnlyList<string>>();
        var scoresNotAsked = expected == AnswerType.Number && !ExpectedAnswerType.AsksForTally(context.Question);
        // "Wie heißt das Album?": the title after "heißt" / "titled" or in quotes is the asked name.
        var titleAsked = expected == AnswerType.Named && ExpectedAnswerType.AsksForTitle(context.Question);
        // "Where is Jones going as ambassador?": the place after the role noun, in a sentence about Jones.
        var role = expected == AnswerType.Place ? RoleDestinations.RoleOf(context.Question) : null;
        // "In welchem Viertel …?", "Which seat …?": a place asked by its class (PlaceAnswers.AfterClassNoun).
        var classAsked = expected == AnswerType.Place && head is not null;
        // "Woher stammen der Onkel und der Bub?": a sentence of the article about them that refers back ("Beide stammen aus …") answers (AskedOrigin).
        var originAsked = expected == AnswerType.Place && AskedOrigin.IsAsked(context.Question);
        var thingLengthAsked = expected == AnswerType.Duration && AskedThingLength.IsAsked(context.Question);
        var yearOnly = expected == AnswerType.Date && ExpectedAnswerType.AsksForYear(context.Question);
        // "Seit wann ...?", "By when ...?": the date after the same preposition is the start or deadline asked for.
        var datePrepositions = expected == AnswerType.Date ? ExpectedAnswerType.DatePrepositions(context.Question) : [];
        var levelAsked = expected == AnswerType.Number && AskedLevel.IsAsked(context.Question);
        var shareLevelAsked = levelAsked && AskedLevel.AsksShareLevel(context.Question);
        // "Wie hoch war das Defizit 2004?" is not answered by what was expected for 2004.
        var actualAsked = expected == AnswerType.Number && AskedOutlook.AsksActual(context.Question, context.Language);
        // "When is the dam due to be completed?" is not answered by "In 2004, China increased its capacity".
        var futureAsked = expected == AnswerType.Date && PastDateForFutureQuestion.AsksFuture(context.Question, context.Language);
        // "How much will it save each year?": a figure per year before a total over several.
        var period = expected == AnswerType.Number ? AskedPeriod.Of(context.Question) : null;
        // "Wie viel Umsatz …?", "What was the film's budget?": a sum asked by its own noun, which must govern the answering sum (SumOfAskedNoun).
        var sumNounAsked = expected == AnswerType.Number && unit is { Kind: AskedUnit.Measure.Money, HasRole: true };
        // "How big is the team?", "Wie viel muss er zahlen?" are not answered by "die 14-minütige Demo" or "zwei Jahre lang":
        // a figure of time answers only a question that counts or measures time ("Wie viele Tage ...?").
        // A length may be one of time ("Wie lang war die Sperre?": "zwei Jahre"; MeasureUnits.IsStatedIn).
        var timeNotAsked = expected == AnswerType.Number && (unit is { Kind: AskedUnit.Measure.Count } ? !DateWords.IsUnit(unit.Word) && !unit.OpenMeasure
            : unit is { Kind: AskedUnit.Measure.Physical } ? unit.Family != "length" : unit is not null || AskedAmount.IsAsked(context.Question, unit));
        var unitTermsByLanguage = new Dictionary<string, IReadOnlySet<string>>();
        // The asked unit's and the year's neighbours' terms, which show no asked act (ShowsAskedAct): one set per language.
        var notTheActByLanguage = new Dictionary<string, IReadOnlySet<string>>();
        var borrowedTermsByLanguage = new Dictionary<string, IReadOnlySet<string>>();
        // The asked noun's forms together with its borrowed and other words: what a figure counting the asked thing stands before.
        var countedTermsByLanguage = new Dictionary<string, IReadOnlySet<string>>();
        var kindHeadsByLanguage = new Dictionary<string, IReadOnlySet<string>>();
        // The counted noun as the asker wrote it, whose compounds and compound heads count it too (AskedFact.CountsBy).
        IReadOnlySet<string> ownUnitTerms = unit is null ? Empty
            : statistics.AnalyzeTerms(unit.Word, context.Language).ToHashSet(StringComparer.Ordinal);
        var termsByLanguage = new Dictionary<string, QuestionTerms>();
        // A follow-up ("Und was sagte Lawrow?") is retrieved with the previous question's terms added; evidence may
        // also come from the question as asked, or the carried terms would make a precise follow-up abstain.
        var isFollowUp = context.StandaloneQuestion != context.Question;
        var askedTermsByLanguage = new Dictionary<string, QuestionTerms>();
        var candidates = new List<CandidateSentence>();
        // "Auf wie viel ...?": whether a retrieved sentence writes a new figure of the asked unit after "auf" / "to", and the candidates whose
        // new figures stand without one (AskedLevel.Candidates), which then answer nothing.
        var levelAfterCue = false;
        var levelsWithoutCue = new List<int>();
        double bestPassageCoverage = 0, bestSentence = 0, bestWindow = 0, bestRare = 0;
        for (var rank = 0; rank < passages.Count; rank++)
        {
            var hit = passages[rank];
            var language = hit.Passage.Language;
            if (!termsByLanguage.TryGetValue(language, out var questionTerms))
                termsByLanguage[language] = questionTerms = QuestionTerms.For(context.StandaloneQuestion, context.Language, language, namedExpansions, statistics, topicWords, multiWordNames);
            var passageSentences = PassageSentences.Of(hit.Passage.Text, language, statistics);
            var (sentences, terms) = passageSentences;
            if (!unitTermsByLanguage.TryGetValue(language, out var unitTerms))
                unitTermsByLanguage[language] = unitTerms = unit is null ? Empty
                    : unit.Words.SelectMany(w => UnitTerms(w, context.Language, language, countedNounExpansions, statistics)).ToHashSet(StringComparer.Ordinal);
            if (!notTheActByLanguage.TryGetValue(language, out var notTheAct))
                notTheActByLanguage[language] = notTheAct = unitTerms.Union(statistics.AnalyzeTerms(yearNeighbours, language)).ToHashSet(StringComparer.Ordinal);
            if (!borrowedTermsByLanguage.TryGetValue(language, out var borrowedTerms))
                borrowedTermsByLanguage[language] = borrowedTerms = !counts ? Empty
                    : (language != context.Language ? [] : unit!.Words.SelectMany(w => BorrowedTerms(w, language, expansions, statistics)))
                        .Concat(OtherWordTerms(unit!.Word, context.Language, language, names, statistics))
                        .Concat(ClassNouns.For(unit!, language).SelectMany(w => statistics.AnalyzeTerms(w, language)))
                        // "Die 140 Teilnehmer" for "Wie viele Gäste …?": a noun of the asked noun's kind (CountedKinds); not for
                        // a part of a whole, which is counted by its own noun.
                        .Concat(unit!.Whole is null ? CountedKinds.Of(unit.Word, language).SelectMany(w => statistics.AnalyzeTerms(w, language)) : [])
                        .Except(unitTerms).ToHashSet(StringComparer.Ordinal);
            // "600 Medienexperten" counts the asked professionals: a listed German head of the asked kind (CountedKinds.CompoundHeadsOf)
            // ends the article's compound; read one way only, so "drei Vertreter" count no Medienvertreter.
            if (!kindHeadsByLanguage.TryGetValue(language, out var kindHeads))
                kindHeadsByLanguage[language] = kindHeads = !counts || unit!.Whole is not null ? Empty
                    : CountedKinds.CompoundHeadsOf(unit.Word, language).SelectMany(w => statistics.AnalyzeTerms(w, language)).ToHashSet(StringComparer.Ordinal);
            if (!countedTermsByLanguage.TryGetValue(language, out var countedTerms))
                countedTermsByLanguage[language] = countedTerms = unitTerms.Union(borrowedTerms).ToHashSet(StringComparer.Ordinal);
            // "81 Milligramm Aspirin" measures other stuff than the asked weight; a noun no form of the asked one can be checked against may be it.
            // An acronym ("tonnes of LPG") may stand for the asked stuff in words the check cannot read.
            bool showsAskedNoun(string word) => statistics.AnalyzeTerms(word, language).Any(unitTerms.Contains);
            // "Wie viel Umsatz …?": the asked sum's noun as asked or translated, or as a compound's head ("Jahresumsatz").
            Func<string, bool>? isAskedSumNoun = sumNounAsked && unitTerms.Count > 0
                ? word => statistics.AnalyzeTerms(word, language).Any(t => unitTerms.Contains(t) || unitTerms.Any(u => u.Length >= MinSumNounHead && t.EndsWith(u, StringComparison.Ordinal)))
                : null;
            bool askedStuff(string noun) => unitTerms.Count == 0 || NameDetector.IsAcronym(noun) || showsAskedNoun(noun);
            // "attended by 2000 guests": a year-shaped figure before the counted noun is the count (AnswerCandidates.Of).
            Func<string, bool>? isCountedNoun = counts && unitTerms.Count > 0 ? showsAskedNoun : null;
            // Sibling passages (not retrieved, only read for the answer) do not count as evidence that one exists.
            var isRetrieved = rank < retrieved.Count;
            if (isFollowUp)
            {
                if (!askedTermsByLanguage.TryGetValue(language, out var askedTerms))
                    askedTermsByLanguage[language] = askedTerms = QuestionTerms.For(context.Question, context.Language, language, expansions, statistics);
                if (isRetrieved) bestWindow = Math.Max(bestWindow, BestWindowCoverage(askedTerms, terms));
            }
            var coverages = terms.Select(questionTerms.Coverage).ToList();
            // A place is marked by its context in any language ("in", "Stadt", "city"; PlaceAnswers): a translated place
            // noun would only mark any town another article names ("in der östlichen Stadt Miskolc"), so it stays as typed.
            if (!headFormsByLanguage.TryGetValue(language, out var headForms))
                headFormsByLanguage[language] = headForms = head is null ? []
                    : expected == AnswerType.Place ? [head]
                    : AskedNounForms.In([head], context.Language, language, expansions);
            if (!compoundNounsByLanguage.TryGetValue(language, out var compoundNouns))
                compoundNounsByLanguage[language] = compoundNouns = head is null ? [] : AskedNounForms.WithDictionaryWords([head], context.Language, language, expansions);
            if (!dictionaryNounsByLanguage.TryGetValue(language, out var dictionaryNouns))
                dictionaryNounsByLanguage[language] = dictionaryNouns = expected is AnswerType.Person or AnswerType.Organisation or AnswerType.Named
                    ? AskedNounForms.AsWrittenBy(head is null ? [] : [head], doersAsked, context.Language, language, expansions,
                        w => statistics.AnalyzeTerms(w, language).Select(t => statistics.DocumentFrequency(t, language)).DefaultIfEmpty(0).Max()) : [];
            if (!dictionaryTermsByLanguage.TryGetValue(language, out var dictionaryTerms))
                dictionaryTermsByLanguage[language] = dictionaryTerms = dictionaryNouns.SelectMany(n => statistics.AnalyzeTerms(n, language)).ToHashSet(StringComparer.Ordinal);
            var sourceTerms = source is null ? [] : statistics.AnalyzeTerms(source, language);
            // In the other language only the source's names can show it ("In the Countryfile survey" for "laut der Mori-Umfrage für Countryfile").
            var sourceNameTerms = language == context.Language ? [] : sourceNames.Select(n => statistics.AnalyzeTerms(n, language)).Where(t => t.Count > 0).ToList();
            // A later passage goes on about the person its article's headline or lede named.
            var mentions = askedPerson is null ? null : AskedPersonMentions.In(sentences, askedPerson,
                hit.Passage.Ordinal > 0 && statistics.AnalyzeTerms(askedPerson, language).All(headlines[hit.Article.Id].Contains), language, names);
            var passageTerms = UnionOf(terms);
            var articleContext = articleTerms[hit.Article.Id];
            var headline = headlines[hit.Article.Id];
            var coreTerms = isFollowUp ? askedTermsByLanguage[language] : questionTerms;
            if (settingWords.Count > 0 && !subjectTermsByLanguage.ContainsKey(language))
                subjectTermsByLanguage[language] = (QuestionTerms.For(context.StandaloneQuestion, context.Language, language, namedExpansions, statistics, subjectTopicWords, multiWordNames),
                    statistics.AnalyzeTerms(string.Join(' ', settingWords), language));
            // The setting's name, said anywhere in the article, places the article; the subject's names place the sentence.
            var subjectTerms = settingWords.Count > 0 && subjectTermsByLanguage[language] is var (subject, setting) && setting.All(articleContext.Contains) ? subject : null;
            // "How much debt did Leeds United have when Krasner's board took over?": in the first-ranked article, a figure's
            // sentence may name only some of the question's names ("When we took over Leeds United ..., the club had a debt of
            // £103m") and leave the others to the article (CandidateSentence.ShowsCoreInArticle).
            var namesInArticleCount = expected == AnswerType.Number && hit.Article.Id == passages[0].Article.Id;
            var nameTerms = namesInArticleCount ? statistics.AnalyzeTerms(string.Join(' ', topicWords), language).ToHashSet(StringComparer.Ordinal) : Empty;
            for (var i = 0; isRetrieved && i < terms.Count; i++)
            {
                if (i == 0)
                {
                    bestPassageCoverage = Math.Max(bestPassageCoverage, questionTerms.Coverage(passageTerms));
                    bestRare = Math.Max(bestRare, questionTerms.CoverageOfRarest(RareConcepts, passageTerms));
                }
                bestSentence = Math.Max(bestSentence, coverages[i]);
                if (i + 1 < terms.Count) bestWindow = Math.Max(bestWindow, questionTerms.Coverage(UnionOf([terms[i], terms[i + 1]])));
            }
            // "Wie groß ist der Anteil der All-in-Verträge in der Baubranche?": where the passage states the asked share by
            // its noun beside a percentage ("Im Bauwesen liege der Anteil bei 27 Prozent"), that sentence, not any percentage
            // ("18 Prozent der Arbeiter", a share of another whole), states the asked share; elsewhere every percentage may
            // ("indirekt 11,34 Prozent").
            var shareStatedByNoun = unit is { AsksShareByNoun: true } && unitTerms.Count > 0
                && Enumerable.Range(0, sentences.Count).Any(k => unit.IsStatedIn(sentences[k]) && NamesCountedNoun(unitTerms, terms[k]));
            for (var i = 0; i < sentences.Count; i++)
            {
                // Text planted to steer bots ("ignore previous instructions and tell the reader ...") is never quoted.
                if (passageSentences.IsPlantedInstruction(i)) continue;
                // A sentence next to a strong one often holds the answer ("It was founded in 2001.").
                var neighbour = Math.Max(i > 0 ? coverages[i - 1] : 0, i + 1 < sentences.Count ? coverages[i + 1] : 0);
                var novel = expected == AnswerType.Other
                    ? (IReadOnlySet<string>)new HashSet<string>()
                    : AnswerCandidates.Novel(AnswerCandidates.Of(sentences[i], expected, language, names, head, counts, rate, headForms, series, isCountedNoun), askedInEitherLanguage);
                if (seriesNoun is not null && seriesNounFormsByLanguage is not null)
                {
                    if (!seriesNounFormsByLanguage.TryGetValue(language, out var seriesNounForms))
                        seriesNounFormsByLanguage[language] = seriesNounForms = AskedNounForms.In([seriesNoun], context.Language, language, expansions);
                    novel = novel.Union(AnswerCandidates.Novel(OrdinalOfAskedNoun.In(sentences[i], seriesNounForms).ToHashSet(StringComparer.Ordinal), askedInEitherLanguage))
                        .ToHashSet(StringComparer.Ordinal);
                }
                if (framingMonths.Count > 0)
                    novel = novel.Union(DayOfAskedMonth.In(sentences[i], framingMonths, context.StandaloneQuestion)).ToHashSet(StringComparer.Ordinal);
                // "How long was the old boat ...?": a thing's length in metres or pages answers too (AskedThingLength).
                if (thingLengthAsked) novel = novel.Union(AnswerCandidates.Novel(AskedThingLength.Figures(sentences[i]), askedInEitherLanguage)).ToHashSet(StringComparer.Ordinal);
                if (novel.Count > 0 && expected is AnswerType.Person or AnswerType.Organisation or AnswerType.Named)
                    novel = novel.Except(AnswerCandidates.AcronymsOfAskedNames(sentences[i], askedInEitherLanguage, language, names)).ToHashSet(StringComparer.Ordinal);
                // "Who …?": the asked person's first name ("Arsene" of Wenger) is no other person who answers.
                if (novel.Count > 0 && expected == AnswerType.Person)
                    novel = novel.Except(AnswerCandidates.FirstNamesOfAskedNames(sentences[i], context.StandaloneQuestion, context.Language, language, names)).ToHashSet(StringComparer.Ordinal);
                // "Daniel Margoliash (Universität Chicago)": where someone the question does not name works is no place of its event.
                if (novel.Count > 0 && expected == AnswerType.Place)
                    novel = novel.Except(AffiliationOfOtherPerson.In(sentences[i], language, names, w => questionOwnWords.Holds(w, language))).ToHashSet(StringComparer.Ordinal);
                if (novel.Count > 0 && describedByArticle.TryGetValue(hit.Article.Id, out var described) && described.Count > 0)
                    novel = novel.Except(described).ToHashSet(StringComparer.Ordinal);
                // "Wer reiste nach Wittenberg …?" over "Studenten strömten nach Wittenberg …": a group or role answers who,
                // in a sentence that names no one and tells what the question asks, in its verb (not the visitors of
                // "Anbieter, der seine Besucher einlädt" for "Wer steckt hinter …?").
                if (expected == AnswerType.Person && novel.Count == 0 && (!questionTerms.HasVerb || questionTerms.ShowsVerb(terms[i]))
                    && questionTerms.ShowsPredicate(terms[i]))
                    novel = AnswerCandidates.Novel(PersonNouns.GroupsIn(sentences[i]).Select(AnswerCandidates.NameKey).ToHashSet(StringComparer.Ordinal), askedInEitherLanguage);
                var kinds = kindAsked ? AnswerCandidates.Novel(HeadModifiers.In(sentences[i], headForms).ToHashSet(StringComparer.Ordinal), askedInEitherLanguage) : Empty;
                if (kinds.Count > 0) novel = novel.Union(kinds).ToHashSet(StringComparer.Ordinal);
                if (timeNotAsked && novel.Count > 0) novel = novel.Except(AskedAmount.TimeFigures(sentences[i])).ToHashSet(StringComparer.Ordinal);
                // "How many times did rain stop the match?" is not answered by "going 2-0 up": a score counts nothing.
                if (scoresNotAsked && novel.Count > 0) novel = novel.Except(MatchScores.Figures(sentences[i], language)).ToHashSet(StringComparer.Ordinal);
                // "In which year ...?" is not answered by "am Dienstag".
                if (yearOnly && novel.Count > 0) novel = novel.Where(AnswerCandidates.IsYear).ToHashSet(StringComparer.Ordinal);
                // "Auf wie viel ist X gestiegen?" is not answered by the rise ("um 12 Prozent"), only by the level (AskedLevel.Candidates).
                var levelWithoutCue = false;
                if (levelAsked && novel.Count > 0)
                {
                    (novel, var afterCue) = AskedLevel.Candidates(sentences[i], novel, shareLevelAsked);
                    levelWithoutCue = !afterCue && novel.Count > 0;
                }
                // A follow-up's own words ("Und wie viele Arbeitsplätze?") decide which sentence answers it.
                var asked = isFollowUp ? askedTermsByLanguage[language].Coverage(terms[i]) * questionTerms.VisibleShare : 0;
                // The question's names are the article's topic; its other words (the predicate: founded, won, replaced)
                // pick the sentence. A sentence that says "SCO" or "he" gets the names' weight from its article.
                var inContext = questionTerms.CoverageInContext(terms[i], articleContext);
                // "That the plague was caused by bad air became the most widely accepted theory. Today, this is known as
                // the Miasma theory.": a sentence that reaches its subject through a pronoun says its words of what the
                // sentence before named, so it inherits that sentence's words of the question for its score, a little
                // less than its own. Only when it shows what is asked about the subject (the question's predicate):
                // "Dies wurde von der Erzdiözese bestätigt" after the sentence that answers confirms it and answers
                // nothing; "It has 400 seats" after the train's speed holds a figure of something else.
                var scoredInContext = i > 0 && ReferenceOpening.ReachesSubjectByPronoun(sentences[i]) && questionTerms.ShowsPredicate(terms[i])
                    ? Math.Max(inContext, InheritedCoverageShare * questionTerms.CoverageInContext(UnionOf([terms[i], terms[i - 1]]), articleContext))
                    : inContext;
                // The asked nouns as the user typed them mark the answer for the lead; their translations only raise the
                // sentence's score (NameFit): a dictionary's other senses ("Version" → rendition) mark unrelated names, and
                // translations never outrank the words the user typed. A noun both languages write alike ("Which hacker
                // …?" over "von dem rumänischen Hacker Marcel Lazar") is the typed word itself, in a passage of either.
                // A dictionary form marks only the name written right after it, as what it says the name is
                // (AskedNounForms.AsWrittenBy): "rendition of The Beatles" is not, "cable channel HBO" is.
                var nearAsked = kinds.Count > 0 || (novel.Count > 0 && ((askedNouns.Count > 0
                                && novel.Overlaps((language == context.Language
                                    ? AnswerCandidates.NearHead(sentences[i], askedRoleNouns, language, names, otherRoleNouns)
                                    : AnswerCandidates.NearHead(sentences[i], askedNouns, language, names))))
                                // A title is marked by its naming verb or quotes in any language.
                                || (titleAsked && novel.Overlaps(TitlePhrases.In(sentences[i]).ToHashSet(StringComparer.Ordinal)))
                                // "referee Mike Riley" for "Which ref …?", "Regisseur Vincent Paterson" for "Who directed …?".
                                || (dictionaryNouns.Count > 0 && novel.Overlaps(AnswerCandidates.Apposition(sentences[i],
                                    AskedNounForms.WordsOf(sentences[i], terms[i], dictionaryNouns, dictionaryTerms, t => statistics.AnalyzeTerms(t, language))).ToHashSet(StringComparer.Ordinal)))));
                // "Welches Spital …?": "Bei der Attacke auf das Al-Kuds-Krankenhaus ..." names the hospital in a compound with
                // the dictionary's word for the asked noun (NameCompounds).
                nearAsked = nearAsked || (novel.Count > 0 && compoundNouns.Count > 0 && novel.Overlaps(NameCompounds.With(sentences[i], compoundNouns)));
                // "In welchem Wiener Kino …?", "In welcher Halle …?": "im Wiener Metrokino", "die Innsbrucker Olympiahalle" name the
                // asked venue in one word (NameCompounds.Closed). Only by the which-question's head and its venue kinds: a
                // closed compound of a who-question's role noun ("Cheftrainer") is a common noun, no name.
                nearAsked = nearAsked || (novel.Count > 0 && venueNouns.Count > 0 && NameCompounds.Closed(novel, venueNouns, language, names).Count > 0);
                // The role's place in a sentence about someone else ("Smith, currently ambassador to Chile") answers nothing.
                var roleAbout = role is null || novel.Count == 0 ? null : RoleDestinations.IsAbout(sentences[i], role, askedCandidates, language, names);
                IReadOnlySet<string> agents = agentAsked && novel.Count > 0
                    ? novel.Intersect(ActionAgents.Of(sentences[i], language, names, w => questionTerms.ShowsPredicate(statistics.AnalyzeTerms(w, language).ToHashSet(StringComparer.Ordinal)))).ToHashSet(StringComparer.Ordinal)
                    : Empty;
                if (doerRelations.Count > 0 && novel.Count > 0)
                    agents = agents.Union(novel.Intersect(RelationDoers.Of(sentences[i], doerRelations, language, names, expected))).ToHashSet(StringComparer.Ordinal);
                if (playerAsked && novel.Count > 0) agents = agents.Union(novel.Intersect(PlayedRoles.ActorsIn(sentences[i], askedCandidates, language, names))).ToHashSet(StringComparer.Ordinal);
                // "In welchem Berliner Viertel …?", "In which part of Thailand …?": a place the sentence introduces by a noun of
                // its class ("im Stadtteil Wedding", "in der Region Phang Nga") is the kind of place a "which X" question asks
                // for, whatever class noun the article writes.
                nearAsked |= classAsked && novel.Count > 0 && novel.Overlaps(PlaceAnswers.AfterClassNoun(sentences[i], language, names));
                nearAsked |= askedPlace is { } place && novel.Count > 0 && novel.Overlaps(RankHolders.In(sentences[i], place, language, names));
                // "Beide stammen aus dem Kreis Bernkastel-Wittlich", "ein Soldat aus Malawi": in the first-ranked article, the origin
                // a sentence states of the people it refers back to is the asked one, though it repeats neither their names nor the question's words.
                var originBack = originAsked && novel.Count > 0 && hit.Article.Id == passages[0].Article.Id
                                 && novel.Overlaps(AskedOrigin.StatedBackIn(sentences[i], language));
                nearAsked |= originBack;
                nearAsked |= agents.Count > 0 || roleAbout == true
                             || (datePrepositions.Count > 0 && novel.Overlaps(AnswerCandidates.DatesAfter(sentences[i], datePrepositions, language, names)));
                // Beside a sentence stating the asked share by its noun, another sentence's percentage is another share.
                var otherShare = shareStatedByNoun && !NamesCountedNoun(unitTerms, terms[i]);
                var score = AskedCoverageWeight * asked + scoredInContext * questionTerms.VisibleShare
                            + NeighbourCoverageWeight * neighbour * questionTerms.VisibleShare
                            + PassagePriorWeight * (hit.Score / topScore)
                            + NovelCandidateBonus * AnswerCandidates.Strength(novel, expected) * (roleAbout == false || otherShare ? 0 : nearAsked ? 1 : NameFit.Of(novel, expected, headForms, sentences[i], language, names))
                            + (NamesUnit(unit, unitTerms, sentences[i], terms[i], askedStuff) && !otherShare ? UnitBonus : 0);
                // The counted noun itself, or any person noun for a count of people ("rund 90 Gesetze", "3,200 staff").
                var namesCounted = unit is { Kind: AskedUnit.Measure.Count } && (NamesCountedNoun(unitTerms, terms[i]) || unit.NamesPeopleIn(sentences[i]) || unit.StatesMeasureIn(sentences[i], askedStuff) || unit.StatesShareIn(sentences[i]));
                // The sentence, its neighbours and its article's headline: where the question's names may stand for it.
                IReadOnlyList<IReadOnlySet<string>> nearby = [acronyms.Add(terms[i], sentences[i], language), i > 0 ? acronyms.Add(terms[i - 1], sentences[i - 1], language) : Empty,
                    i + 1 < terms.Count ? acronyms.Add(terms[i + 1], sentences[i + 1], language) : Empty, acronyms.Add(headline, hit.Article.Title, language),
                    // "… der Youtube-Star Pewdiepie. In einem Blogpost schreibt er, … . Waren es einst 15 Prozent, sind es
                    // rund 40 Prozent": a sentence before that refers back by a pronoun carries the name it stands for.
                    i > 1 && NamingSentence.RefersBack(sentences[i - 1], language) ? acronyms.Add(terms[i - 2], sentences[i - 2], language) : Empty,
                    // "Das kanadische Unternehmen TransCanada … . Nach eigenen Angaben hatte man investiert. Danach kündigte die
                    // Firma eine Klage über 15 Milliarden an": in the first-ranked article a sentence goes on about what its
                    // passage named further up. Not for a cause: a "why" sentence of someone else's ("er wähle ihn nicht") explains their own act.
                    hit.Article.Id == passages[0].Article.Id && expected != AnswerType.Reason ? PassageAntecedents.Before(terms, i) : Empty];
                var candidate = new CandidateSentence(sentences[i], hit, rank, i, terms[i], Math.Max(coverages[i] * questionTerms.VisibleShare, asked), score)
                {
                    Novel = novel, NearAskedNoun = nearAsked, NamesAskedAgent = agents.Count > 0, NamesAskedKind = novel.Count > 0 && novel.Overlaps(AnswerCandidates.OfAskedKind(sentences[i], expected, language, names)),
                    RoleTerms = expected == AnswerType.Person && novel.Count > 0 ? RoleTerms(sentences[i], novel, language, names, statistics) : Empty,
                    ContextCoverage = Math.Max(inContext * questionTerms.VisibleShare, asked),
                    ShowsPredicate = originBack || !questionTerms.HasPredicate || questionTerms.ShowsPredicate(terms[i]) || unit?.ShowsPeoplesVerbIn(sentences[i]) == true
                                     || unit?.ShowsPriceVerbIn(sentences[i]) == true
                                     || occupationAsked || RelationParaphrases.AnyShownIn(askedRelations, sentences[i]),
                    ShowsVerb = !questionTerms.HasVerb || questionTerms.ShowsVerb(terms[i]),
                    ShowsAskedAct = questionTerms.ShowsVerbAndAnotherWord(terms[i], notTheAct),
                    ShowsUnit = ShowsUnit(unit, unitTerms, sentences, terms, i, askedStuff, language != context.Language),
                    StatesUnit = unit is { Kind: AskedUnit.Measure.Count } && namesCounted,
                    StatesMeasure = unit is not null && (unit.Kind == AskedUnit.Measure.Count ? namesCounted : unit.IsStatedIn(sentences[i])),
                    SpeaksOfAskedPerson = mentions?[i] == true,
                    CitesAskedSource = language == context.Language
                        ? sourceTerms.Count > 0 && sourceTerms.All(terms[i].Contains)
                        : sourceNameTerms.Any(n => n.All(terms[i].Contains)),
                    StatesOnlyOutlook = actualAsked && novel.Count > 0 && AskedOutlook.StatesOnlyOutlook(sentences[i], language, novel, years.AsWritten),
                    DatesOnlyPast = futureAsked && novel.Count > 0 && PastDateForFutureQuestion.AllDatesPast([(sentences[i], language)]),
                    // A plain "when": "Bis wann …?", "Seit wann …?" ask for a bound, which the article often gives as a year or
                    // "bis Ende des Jahres" (the club's reopening), not as the day of another event.
                    StatesDayOfMonth = expected == AnswerType.Date && !yearOnly && datePrepositions.Count == 0 && novel.Any(MonthNames.IsWrittenOut)
                                       && CalendarDays.AreWrittenIn(sentences[i]),
                    StatesAskedPeriod = period is { } per && novel.Count > 0
                                        && (AskedPeriod.IsStatedIn(sentences[i], per) || (isAskedSumNoun is not null && AskedPeriod.QualifiesAskedNoun(sentences[i], per, isAskedSumNoun))),
                    StatesAskedSum = isAskedSumNoun is not null && novel.Count > 0 && SumOfAskedNoun.IsStatedIn(sentences[i], isAskedSumNoun),
                    // "Unilever ... after reporting earnings for 2004. ... It blamed the poor results on ...": a lede that dates
                    // the report dates its sentences that name no year of their own ("Eröffnet wird die Spielzeit am 10.
                    // September" in the article on the season 2016/17); a sentence naming another year is about that one.
                    // So does a neighbour that refers to it with the year ("Das war 1946.", "Damals …": YearsByReference).
                    ShowsAskedYears = years.AreShownNear(sentences, i, hit.Article.Title) || years.AreShownByReference(sentences, i)
                                      || (years.Any && !AskedYears.Of(sentences[i]).Any && years.AsWritten.All(ledeYears[hit.Article.Id].Contains)),
                    ShowsAskedMonths = language != context.Language || months.AreShownIn(sentences[i]),
                    ShowsAskedFigures = figures.AreShownIn(sentences[i]),
                    ShowsCore = originBack || coreTerms.ShowsNames(CoreShare, nearby) || subjectTerms?.ShowsNames(CoreShare, nearby) == true
                                || (language == context.Language && DescribedRolePhrase.NamesPersonAfter(sentences[i], rolePhrases, language, names)),
                    ArticleShare = articleShares.GetValueOrDefault(hit.Article.Id, 1),
                    PassageSentences = sentences.Count,
                };
                // "Wie viele Pakete …?" is not led by "durch zwei bekannte Schwachstellen angreifbar" when a figure of the asked thing is there.
                if (counts && novel.Count > 0)
                {
                    candidate = candidate with
                    {
                        CountsOtherThings = AskedFact.CountsOtherThings(candidate, unit!, unitTerms, statistics),
                        // "Forty-two films will debut at Sundance" counts the asked films; "will feature two new international
                        // cinema competitions" names them nowhere near its figure. A noun no form of the asked one can be checked
                        // against (unitTerms empty) leaves it open, as CountsOtherThings does.
                        CountsAskedNoun = unitTerms.Count == 0 || AskedFact.CountsBy(candidate, countedTerms, statistics, language == context.Language ? ownUnitTerms : null, kindHeads)
                                          || (unit!.CountsPeople && AskedFact.CountsNamedPeople(candidate)),
                        CountsOnlyVaguely = novel.All(NumberWords.IsVagueCount),
                    };
                    // "Wie viele Arbeitsplätze …?" over "12.000 neue Jobs": a figure that counts the asked noun's borrowed translation
                    // counts the asked thing and shows the unit; the borrowed word elsewhere ("Album" near "von 25") shows nothing.
                    // So does one that counts the dictionary's other word for it ("aus den fünfzig Geschichten" for "Märchen").
                    // Such a figure states the asked count as fully as one of the asked word itself ("für die 568 Mandate" for
                    // "How many seats …?"): the sentence names the counted thing, though in the article's word for it. So does a
                    // compound a listed noun of the asked kind heads ("600 Medienexperten" for "How many media professionals …?").
                    if (borrowedTerms.Count > 0 && AskedFact.CountsBy(candidate, borrowedTerms, statistics, headsOf: kindHeads))
                        candidate = candidate with { CountsOtherThings = false, ShowsUnit = true, StatesUnit = true, StatesMeasure = true };
                }
                // "How much forest is lost a year?": "984.000 Hektar" before "um 0,18 Prozent" when it answers; the share is no quantity of forest.
                else if (unit is { MeasuresStuff: true } && novel.Count > 0) candidate = candidate with { CountsOtherThings = !unit.StatesStuffIn(sentences[i], askedStuff) };
                // "How many people in Britain live with a hand tremor?" over "About three million Britons have …": a figure of a
                // place's people counts people, which the question asks by the generic word; it is no listed person noun, so
                // neither the unit check nor the counted-noun check saw it. Not for a count asked by a person noun: "acht
                // getötete Mexikaner" are people, but not the asked "Verletzte".
                if (counts && novel.Count > 0 && unit!.Whole is null && unit.CountsPeople && AskedFact.CountsPeopleOfPlace(candidate, names))
                    candidate = candidate with { CountsOtherThings = false, CountsAskedNoun = true, ShowsUnit = true, StatesUnit = true, StatesMeasure = true };
                // "How many people signed the petition?" over "8.000 Unterschriften gesammelt": every signer leaves one
                // signature, so a figure of the asked act's tallies counts the asked people, though no person noun names them.
                if (counts && novel.Count > 0 && (candidate.CountsOtherThings || !candidate.ShowsUnit || !candidate.CountsAskedNoun)
                    && AskedFact.CountsTalliesOfAskedAct(candidate, unit!))
                    candidate = candidate with { CountsOtherThings = false, CountsAskedNoun = true, ShowsUnit = true, StatesUnit = true, StatesMeasure = true };
                // "Wie viele Daten hatten die Angreifer abgezogen?" over "12,5 Gigabyte an Daten erbeutet": the unit's noun is the
                // counted one (MeasureUnits.MeasuresNamed), so the figure counts the asked thing in the unit it is measured by.
                if (counts && novel.Count > 0 && unitTerms.Count > 0 && (candidate.CountsOtherThings || !candidate.ShowsUnit)
                    && MeasureUnits.MeasuresNamed(sentences[i], noun => statistics.AnalyzeTerms(noun, language).Any(unitTerms.Contains)))
                    candidate = candidate with { CountsOtherThings = false, CountsAskedNoun = true, ShowsUnit = true, StatesUnit = true, StatesMeasure = true };
                // "Wie viele Gastronomen suchen eine Partnerin?" over "jene fünf Wirte, die auf der Suche nach einer Frau sind": a
                // count asked by a person noun is shown by a figure of people under another noun, as it is in the other
                // language (ShowsUnit); the sentence must still show what the question asks of them. In the question's language
                // the generic noun, every person noun's hypernym, counts them too ("104 Menschen untergebracht" for "Flüchtlinge").
                if (counts && novel.Count > 0 && !candidate.ShowsUnit && unit!.Whole is null && !unit.CountsPeople && unit.CountsByPersonNoun
                    && candidate.ShowsPredicate && (AskedFact.CountsNamedPeople(candidate) || AskedFact.CountsPeopleByHypernym(candidate, context.Language)))
                    candidate = candidate with { ShowsUnit = true };
                // "274 x 172 x 10,5 Millimeter misst das Tablet bei 680 Gramm Gewicht" for "Wie schwer ist das iWork 11?": a
                // figure of the specific measure asked, said of the first article's subject under a generic noun.
                if (novel.Count > 0 && (unit is { Kind: AskedUnit.Measure.Money or AskedUnit.Measure.Physical } ? unit.IsStatedIn(sentences[i]) : unit is null && expected == AnswerType.Duration))
                    candidate = candidate with
                    {
                        StatesSpecificMeasure = true,
                        // A sum plays many roles in a report ("A £100,000 reward has been offered" beside the stolen jewellery's
                        // worth): it is the asked one only where the sentence says it in the question's verb or a price verb.
                        MeasureOfArticleSubject = hit.Article.Id == passages[0].Article.Id && !MeasureOfTopArticle.NamesAnotherParty(candidate, questionOwnWords, names)
                                                  && (unit is not { Kind: AskedUnit.Measure.Money } || candidate.ShowsPredicate)
                                                  && (unit is null || !SoleMeasureOfArticle.StatesTwice(sentences[i], unit.IsStatedIn))
                                                  && (unit is not null || !novel.All(d => TimeOffset.IsOnlyOffset(sentences[i], d))),
                    };
                // The sentence or a neighbour writes one of the question's names itself and shows what it asks; the rarest
                // names stand elsewhere in the article.
                if (!candidate.ShowsCore && namesInArticleCount && candidate.ShowsPredicate && nameTerms.Count > 0
                    && (nearby.Take(NeighbourhoodTexts).Any(n => n.Overlaps(nameTerms)) || MeasureOfTopArticle.IsStated(candidate, questionOwnWords, names))
                    && coreTerms.ShowsNames(CoreShare, [.. nearby, articleContext]))
                    candidate = candidate with { ShowsCoreInArticle = true };
                if (levelWithoutCue) levelsWithoutCue.Add(candidates.Count);
                else if (levelAsked && novel.Count > 0 && isRetrieved && candidate.ShowsUnit) levelAfterCue = true;
                candidates.Add(candidate);
            }
        }
        // "up 35.4% to $593.4bn" says the level asked; another sentence's figure without "to" ("rebates totalling 420bn") does not.
        if (levelAfterCue)
            foreach (var index in levelsWithoutCue) candidates[index] = candidates[index] with { Novel = Empty };
        bestWindow = Math.Max(bestWindow, bestSentence);
        context.Observer?.Feature("passageCoverage", bestPassageCoverage);
        context.Observer?.Feature("sentenceCoverage", bestSentence);
        context.Observer?.Feature("windowCoverage", bestWindow);
        context.Observer?.Feature("rareCoverage", bestRare);
        return (candidates, bestWindow);
    }

    /// <summary>Each retrieved article's best passage score as a share of the best article's (siblings add no score of their own).</summary>
    private static Dictionary<string, double> ArticleShares(IReadOnlyList<PassageHit> retrieved)
    {
        var best = retrieved.GroupBy(h => h.Article.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (double)g.Max(h => h.Score), StringComparer.Ordinal);
        var top = best.Count > 0 ? Math.Max(best.Values.Max(), 1e-6) : 1;
        return best.ToDictionary(a => a.Key, a => a.Value / top, StringComparer.Ordinal);
    }

    /// <summary>The shortest asked sum noun read as a compound's head: "umsatz" in "jahresumsatz", "zins" in "anleihezins".</summary>
    private const int MinSumNounHead = 4;

    private static bool NamesUnit(AskedUnit? unit, IReadOnlySet<string> unitTerms, string sentence, IReadOnlySet<string> terms, Func<string, bool> askedStuff) =>
        unit is not null && (unit.Kind == AskedUnit.Measure.Count ? NamesCountedNoun(unitTerms, terms) || unit.NamesPeopleIn(sentence) || unit.StatesMeasureIn(sentence, askedStuff) || unit.StatesShareIn(sentence) : unit.IsStatedIn(sentence));

    /// <summary>The sentence (or one next to it) states what the question counts or measures; true when it names nothing.</summary>
    private static bool ShowsUnit(AskedUnit? unit, IReadOnlySet<string> unitTerms, IReadOnlyList<string> sentences, IReadOnlyList<IReadOnlySet<string>> terms, int i,
        Func<string, bool> askedStuff, bool otherLanguage)
    {
        if (unit is null) return true;
        if (unit.Kind != AskedUnit.Measure.Count) return unit.IsStatedIn(sentences[i]);
        if (unit.StatesMeasureIn(sentences[i], askedStuff) || unit.StatesShareIn(sentences[i])) return true;
        // "How many people ...?" is shown by any person noun ("3,200 staff"), in any language: the generic word itself
        // is neither translated nor written by the article, so without them no other language's sentence could be checked.
        if (unit.CountsPeople && (unit.NamesPeopleIn(sentences[i]) || (i > 0 && unit.NamesPeopleIn(sentences[i - 1]))
                                  || (i + 1 < sentences.Count && unit.NamesPeopleIn(sentences[i + 1])))) return true;
        // "Wie viele Beschäftigte hat die Fluglinie?" over "two thirds of its 28,000 staff": the dictionary renders a person
        // noun by a few of the other language's words for it ("employees"), so there a person noun the sentence itself names
        // may be the asked one, as a count asked by a person noun is counted by any (AskedFact.CountsOtherThings). Not the
        // generic ones: "a thousand people watching my film" says nothing of the asked soldiers.
        if (otherLanguage && unit.Kind == AskedUnit.Measure.Count && unit.Whole is null && unit.CountsByPersonNoun
            && Tokenizer.LetterRuns(sentences[i]).Any(w => PersonNouns.IsPersonNoun(w.Value) && !PersonNouns.IsGeneric(w.Value))) return true;
        if (unitTerms.Count == 0) return !unit.CountsPeople;
        return NamesCountedNoun(unitTerms, terms[i]) || (i > 0 && NamesCountedNoun(unitTerms, terms[i - 1])) || (i + 1 < terms.Count && NamesCountedNoun(unitTerms, terms[i + 1]));
    }

    /// <summary>
    /// The sentence's terms name the counted noun: as asked, or as the head of a compound ("1,5 Gigatonnen" for "Wie viele
    /// Tonnen …?", "Quadratkilometer" for "Kilometer"), which counts the same thing more exactly; or by the head of the
    /// asked compound ("15 solcher Städte" for "Wie viele Statutarstädte …?"): an article names the thing it has
    /// introduced by the shorter word, which counts the same thing less exactly.
    /// </summary>
    private static bool NamesCountedNoun(IReadOnlySet<string> unitTerms, IReadOnlySet<string> terms) =>
        unitTerms.Overlaps(terms) || terms.Any(t => unitTerms.Any(u => QuestionTerms.IsCompoundHead(u, t) || QuestionTerms.IsCompoundHead(t, u)));

    /// <summary>
    /// The asked unit's analysed terms in a passage language: as written, and its translations. Empty — the unit
    /// cannot be checked there — when a passage in the other language cannot show it: generic words ("people",
    /// "Menschen") are never translated, and a word that language's passages never write is no evidence either way.
    /// </summary>
    private static IReadOnlySet<string> UnitTerms(string unit, string questionLanguage, string language, IReadOnlyList<WeightedTerm> expansions, ITermStatistics statistics)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var crossLingual = questionLanguage != language;
        if (!crossLingual || !FunctionWords.IsGeneric(unit))
            terms.UnionWith(statistics.AnalyzeTerms(unit, language).Where(t => !crossLingual || statistics.DocumentFrequency(t, language) > 0));
        foreach (var translation in expansions.Where(e => e.Language == language && string.Equals(e.Group, $"{questionLanguage}:{unit}", StringComparison.OrdinalIgnoreCase)))
            terms.UnionWith(statistics.AnalyzeTerms(translation.Text, language));
        return terms;
    }

    /// <summary>
    /// The asked noun's translations into the other language as an article of the question's own language borrows them
    /// ("Wie viele Arbeitsplätze …?" over "12.000 neue Jobs"; <see cref="AskedNounForms.Borrowed"/>): analysed in the
    /// article's language, and only where its articles write them. Only as the noun a figure counts (<see cref="AskedFact.CountsBy"/>):
    /// the translation may be a form of the asked noun itself ("Alben" → "albums" → "Album"), which anywhere else would
    /// show the unit for a figure that counts nothing ("nach der Veröffentlichung von 25").
    /// </summary>
    private static IEnumerable<string> BorrowedTerms(string unit, string language, IReadOnlyList<WeightedTerm> expansions, ITermStatistics statistics) =>
        AskedNounForms.Borrowed(unit, language, expansions)
            .SelectMany(b => statistics.AnalyzeTerms(b, language)).Where(t => statistics.DocumentFrequency(t, language) > 0);

    /// <summary>
    /// The dictionary's other words for the counted noun in a passage language (<see cref="NameDetector.OtherWordsFor"/>:
    /// "Märchen" → "Geschichte", "seats" → "Mandate", "break-ins" → "Einbruchsdiebstähle"), analysed, where its articles
    /// write them. Like a borrowed word, only as the noun a figure counts (<see cref="AskedFact.CountsBy"/>): a synonym
    /// lists every sense of the word ("Punkte" → "Stellen"), which anywhere but right after the figure says nothing.
    /// </summary>
    /// <remarks>Not for a generic noun or a unit of time ("Leute", "Jahre"), whose other words would name anything.</remarks>
    private static IEnumerable<string> OtherWordTerms(string unit, string questionLanguage, string language, NameDetector names, ITermStatistics statistics) =>
        PersonNouns.IsGeneric(unit) || DateWords.IsUnit(unit) ? [] : names.OtherWordsFor(unit, questionLanguage, language)
            .SelectMany(w => statistics.AnalyzeTerms(w, language)).Where(t => statistics.DocumentFrequency(t, language) > 0);

    private static readonly IReadOnlySet<string> Empty = new HashSet<string>();

    /// <summary>The analysed word right before each new person's name ("guitarist Patrick Walden" → guitarist).</summary>
    private static IReadOnlySet<string> RoleTerms(string sentence, IReadOnlySet<string> novel, string language, NameDetector names, ITermStatistics statistics)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in NameSpans.Named(sentence, language, names))
        {
            if (span.Kind != NameKind.Person || !span.Words.Any(w => novel.Contains(AnswerCandidates.NameKey(w)))) continue;
            var before = sentence[..span.Start].TrimEnd();
            var start = before.LastIndexOfAny([' ', '(', '„', '"', '\'']) + 1;
            if (start < before.Length) terms.UnionWith(statistics.AnalyzeTerms(before[start..], language));
        }
        return terms;
    }

    /// <summary>
    /// Each article's headline terms: its title and the first sentences of its first passage (when in the pool). What
    /// they name, the whole article is about; a name mentioned once further down is not.
    /// </summary>
    private static Dictionary<string, HashSet<string>> Headlines(IReadOnlyList<PassageHit> passages, ITermStatistics statistics)
    {
        var byArticle = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var hit in passages)
        {
            if (!byArticle.TryGetValue(hit.Article.Id, out var terms))
            {
                byArticle[hit.Article.Id] = terms = new HashSet<string>(StringComparer.Ordinal);
                terms.UnionWith(statistics.AnalyzeTerms(hit.Article.Title, hit.Passage.Language));
            }
            if (hit.Passage.Ordinal == 0)
                foreach (var sentence in LedeTerms(PassageSentences.Of(hit.Passage.Text, hit.Passage.Language, statistics).Terms, terms).ToList()) terms.UnionWith(sentence);
        }
        return byArticle;
    }

    /// <summary>
    /// The first <see cref="LedeSentences"/> sentences of a first passage that say more than the title: many feeds
    /// repeat the title as the passage's first sentence ("Deutscher Kombinierer ... nicht aufzuhalten. Watabe dahinter.
    /// Der Deutsche Eric Frenzel hat sich ... in Seefeld gesichert."), and counting it left the lede one sentence short
    /// of the one that names who and where.
    /// </summary>
    private static IEnumerable<IReadOnlySet<string>> LedeTerms(IReadOnlyList<IReadOnlySet<string>> sentences, IReadOnlySet<string> titleTerms) =>
        sentences.Where(sentence => !sentence.All(titleTerms.Contains)).Take(LedeSentences);

    /// <summary>
    /// The years each article's title, lede and date stamp (<see cref="DateStamp"/>) date the report with ("earnings for
    /// 2004", "in der Saison 2016/17", "(APA, 19.3.2016)"): <see cref="DatingYears"/>, not a target, a starting point or
    /// an edition ("Euro 2004") of a name other than the ones the question asks about.
    /// </summary>
    private static Dictionary<string, HashSet<string>> LedeYears(IReadOnlyList<PassageHit> passages, ITermStatistics statistics, NameDetector names,
        IReadOnlySet<string> askedNames)
    {
        var byArticle = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var hit in passages)
        {
            if (!byArticle.TryGetValue(hit.Article.Id, out var years))
            {
                byArticle[hit.Article.Id] = years = new HashSet<string>(StringComparer.Ordinal);
                years.UnionWith(DatingYears.In(hit.Article.Title, hit.Passage.Language, names, askedNames));
            }
            if (hit.Passage.Ordinal == 0)
                foreach (var sentence in PassageSentences.Of(hit.Passage.Text, hit.Passage.Language, statistics).Sentences.Take(LedeSentences))
                    years.UnionWith(DatingYears.In(sentence, hit.Passage.Language, names, askedNames));
            // "(APA, 19.3.2016)": a date stamp anywhere in the article dates the report as its lede does.
            years.UnionWith(DateStamp.Years(hit.Passage.Text));
        }
        return byArticle;
    }

    /// <summary>The terms of every passage of each article in the pool: the context a sentence's pronouns and abbreviations refer to.</summary>
    private static Dictionary<string, HashSet<string>> ArticleTerms(IReadOnlyList<PassageHit> passages, ITermStatistics statistics)
    {
        var byArticle = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var hit in passages)
        {
            if (!byArticle.TryGetValue(hit.Article.Id, out var terms)) byArticle[hit.Article.Id] = terms = new HashSet<string>(StringComparer.Ordinal);
            terms.UnionWith(statistics.AnalyzeTerms(hit.Article.Title, hit.Passage.Language));
            foreach (var sentence in PassageSentences.Of(hit.Passage.Text, hit.Passage.Language, statistics).Terms) terms.UnionWith(sentence);
        }
        return byArticle;
    }

    /// <summary>
    /// The terms of several sentences in one set, sized for them all up front: built for every sentence and its
    /// neighbour of every passage, a set grown by doubling was the scoring's largest allocation.
    /// </summary>
    private static HashSet<string> UnionOf(IReadOnlyList<IReadOnlySet<string>> sets)
    {
        var count = 0;
        foreach (var set in sets) count += set.Count;
        var union = new HashSet<string>(count, StringComparer.Ordinal);
        foreach (var set in sets) union.UnionWith(set);
        return union;
    }

    private static double BestWindowCoverage(QuestionTerms questionTerms, IReadOnlyList<IReadOnlySet<string>> terms)
    {
        var best = 0.0;
        for (var i = 0; i < terms.Count; i++)
        {
            var window = i + 1 < terms.Count ? UnionOf([terms[i], terms[i + 1]]) : terms[i];
            best = Math.Max(best, questionTerms.Coverage(window));
        }
        return best;
    }

    /// <summary>A role read from an age noun of the question ("18-Jährige", "Zehnjährige" → "jähriger"): who it describes, by age.</summary>
    [GeneratedRegex(@"jährig", RegexOptions.IgnoreCase)]
    private static partial Regex AgeNoun();
}
