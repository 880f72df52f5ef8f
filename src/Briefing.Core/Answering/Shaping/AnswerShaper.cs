using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// Picks and orders the answer's sentences: the answering sentence first (one holding a candidate of the expected
/// type that the question lacks; never one that only restates the question), then at most
/// <c>maxSentences − 1</c> more in the lead's language, each only when it adds a new fact about the question. No near-duplicates, and
/// when the same fact is stated in the asker's language, that sentence is quoted instead of the translation.
/// </summary>
internal static class AnswerShaper
{
    /// <summary>A sentence must score at least this share of the best one to lead or join the answer.</summary>
    /// <remarks>0.55 → 0.40 added 0.8 points of XQuAD de answer hit for 2.9 instead of 2.4 sentences per answer.</remarks>
    internal const double RelativeScoreFloor = 0.4;
    /// <summary>An added sentence must cover at least this share of the best coverage: it must be about the question.</summary>
    private const double ExtraCoverageFloor = 0.5;
    /// <summary>A typed lead must cover this share of the best coverage, unless it stands next to an anchor sentence.</summary>
    internal const double LeadCoverageFloor = 0.5;
    /// <summary>Sentences covering this share of the best coverage anchor their neighbours ("It was founded in 2001.").</summary>
    internal const double AnchorCoverageShare = 0.8;
    /// <summary>Term-set overlap above which two sentences say the same thing.</summary>
    private const double NearIdenticalOverlap = 0.6;
    /// <summary>How far after a sentence that restates the question without an answer the answer may follow.</summary>
    private const int FollowingSentences = 3;
    /// <summary>New content terms a sentence needs beyond the question's to not merely restate it.</summary>
    private const int RestatementTerms = 2;
    /// <summary>
    /// Share of the best coverage a sentence of the article about the question needs to lead when what it holds is
    /// marked as the answer (a name next to the asked noun, a person for "who", a cause for "why"): such sentences
    /// often say the answer in other words than the question's ("Anna Berger übernimmt ab 1. Jänner die Leitung").
    /// </summary>
    private const double MarkedLeadCoverageFloor = 0.3;

    /// <returns>The sentences, or none when the question expects a type no relevant sentence holds (abstain).</returns>
    /// <param name="datedQuestion">The question asks about a year (<see cref="AskedYears"/>): the lead must say it.</param>
    public static List<CandidateSentence> Choose(IReadOnlyList<CandidateSentence> candidates, int maxSentences, AnswerType expected,
        IReadOnlySet<string> questionTerms, string questionLanguage, bool datedQuestion = false, bool askedInOtherWords = false)
    {
        var ranked = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.PassageRank).ThenBy(c => c.Position).ToList();
        if (ranked.Count == 0) return [];
        var floor = ranked[0].Score * RelativeScoreFloor;
        var bestCoverage = ranked.Max(c => c.Coverage);
        var eligible = ranked.Where(c => c.Score >= floor).ToList();
        if (Lead(eligible, ranked, expected, questionTerms, bestCoverage, datedQuestion, askedInOtherWords) is not { } lead) return [];
        var askedFigures = questionTerms.SelectMany(NumberTokens.In).ToHashSet(StringComparer.Ordinal);
        var chosen = new List<CandidateSentence> { PreferAskersLanguage(lead, eligible, questionLanguage, askedFigures) };
        var given = new HashSet<string>(chosen[0].Novel, StringComparer.Ordinal);
        foreach (var candidate in eligible)
        {
            if (chosen.Count >= maxSentences) break;
            if (candidate.Coverage < bestCoverage * ExtraCoverageFloor || Restates(candidate, questionTerms)) continue;
            // Quotes in a second language add framing and mostly repeat or pad ("31 Mio. Euro pro Jahr" after the
            // ferry's diesel savings); the lead's language, chosen in the asker's favour, carries the answer.
            if (candidate.Hit.Passage.Language != chosen[0].Hit.Passage.Language) continue;
            // A typed question's extra sentence must bring another candidate answer, not repeat the lead's.
            if (expected != AnswerType.Other && !candidate.Novel.Any(k => !given.Contains(k))) continue;
            var sentence = PreferAskersLanguage(candidate, eligible, questionLanguage, askedFigures);
            if (chosen.Any(c => SameFact(c, sentence))) continue;
            chosen.Add(sentence);
            given.UnionWith(sentence.Novel);
        }
        return chosen;
    }

    /// <summary>
    /// The best sentence that answers: for a typed question, one holding a new candidate that is itself about the
    /// question (covers enough of it, or stands next to the sentence that covers most); otherwise the best sentence
    /// that does not merely restate the question.
    /// </summary>
    private static CandidateSentence? Lead(List<CandidateSentence> eligible, List<CandidateSentence> ranked, AnswerType expected,
        IReadOnlySet<string> questionTerms, double bestCoverage, bool datedQuestion, bool askedInOtherWords)
    {
        // A question for one year is answered only by a sentence that says that year; any question only by a sentence
        // about its names ("Where did AlphaGo play Fan Hui?" is not answered next to Lee Sedol's match).
        // A question for what happened is not answered by what was expected or planned (AskedOutlook), nor one for what
        // will happen by the date of what happened (PastDateForFutureQuestion).
        var scored = eligible;
        CandidateSentence? LeadAbout(Func<CandidateSentence, bool> showsNames)
        {
            eligible = scored.Where(c => c.ShowsAskedYears && showsNames(c) && !c.StatesOnlyOutlook && !c.DatesOnlyPast).ToList();
            return eligible.Count == 0 ? null : LeadOf(eligible, ranked, expected, questionTerms, bestCoverage, datedQuestion, askedInOtherWords);
        }
        var lead = LeadAbout(c => c.ShowsCore);
        // "How much debt did Leeds United have when Krasner's board took over?": with no answer next to all the rarest
        // names, a figure's sentence of the first article that names some of them, the article naming the rest, answers
        // (CandidateSentence.ShowsCoreInArticle). Only then: probes lost 5 right answers when such sentences competed
        // with the others, none this way (+3 answers, 1 unanswerable answered); for names (who, where) the other people
        // of that article answered wrongly.
        if (lead is null && scored.Any(c => c.ShowsCoreInArticle)) lead = LeadAbout(c => c.ShowsCore || c.ShowsCoreInArticle);
        // "Welcher Wiener Anwalt vertritt die Afghanin …?" over "die Frau mit den sechs Kindern, die von dem Wiener Anwalt Robert
        // Bitsche vertreten wird": in the first-ranked article, a name marked as the answer stands far from the question's rarest
        // names, which the article said earlier (MarkedPersonAnswer).
        if (lead is null && expected == AnswerType.Person) lead = LeadAbout(c => c.ShowsCore || MarkedPersonAnswer.IsInFirstArticle(c));
        if (lead is null || lead.ArticleShare >= ClearlyLowerArticleShare) return lead;
        // The article retrieval ranks clearly first is about the question; a sentence of a far weaker article that wins on
        // a shared verb or a candidate alone ("clicked on a link" in a report on spam) is about another story. One ranked clearly lower
        // leads only with a sentence that shows more of the question than the best-ranked articles' own lead, or one
        // marked as the answer (the doer of the asked action, a name next to the asked noun) where theirs is not.
        var wellRanked = eligible.Where(c => c.ArticleShare >= ClearlyLowerArticleShare).ToList();
        return wellRanked.Count > 0 && LeadOf(wellRanked, ranked, expected, questionTerms, bestCoverage, datedQuestion, askedInOtherWords) is { } fromWellRanked
               && fromWellRanked.Coverage >= lead.Coverage && (IsMarked(fromWellRanked) || !IsMarked(lead)) ? fromWellRanked : lead;
    }

    /// <summary>
    /// Retrieval score share (<see cref="CandidateSentence.ArticleShare"/>) under which an article ranks clearly below the
    /// first. Probes: 0.70 and 0.75 move the same answers and lose none; from 0.80 a right answer from an article a fifth
    /// below the first (Moldova's coach) gives way to the first article's wrong one.
    /// </summary>
    internal const double ClearlyLowerArticleShare = 0.75;

    /// <summary>The sentences that cover most of the question and show what it asks: they lend their neighbours relevance.</summary>
    internal static List<CandidateSentence> Anchors(List<CandidateSentence> ranked, double bestCoverage) =>
        ranked.Where(c => c.Coverage >= bestCoverage * AnchorCoverageShare && c.ShowsPredicate).ToList();

    private static bool IsMarked(CandidateSentence candidate) => candidate.NamesAskedAgent || candidate.NearAskedNoun;

    private static CandidateSentence? LeadOf(List<CandidateSentence> eligible, List<CandidateSentence> ranked, AnswerType expected,
        IReadOnlySet<string> questionTerms, double bestCoverage, bool datedQuestion, bool askedInOtherWords)
    {
        // "How many people were surveyed for PwC's 2016 study?": "Dafür wurden 6.000 Teilnehmer ... befragt" before the lede's
        // "PwC Global Economic Crime Survey 2016: Fast die Hälfte aller Delikte ...", though that one shows the asked figure:
        // an order or a share ("Tausende", "die Hälfte") is no count, so it leads only when no sentence with a count answers.
        var counted = eligible.Where(c => !c.CountsOnlyVaguely).ToList();
        if (counted.Count > 0 && counted.Count < eligible.Count
            && LeadOf(counted, ranked, expected, questionTerms, bestCoverage, datedQuestion, askedInOtherWords) is { } countedLead) return countedLead;
        // "Wie viel Umsatz macht die Automobilwirtschaft im Jahr?": "Der Jahresumsatz liege bei 43 Mrd. Euro" before "führe pro
        // Jahr 15 Milliarden Euro an Steuern ab", a sum of another noun (SumOfAskedNoun). Read before the narrower checks below,
        // which then choose among the asked noun's sums (the one per the asked year, of the asked month).
        var ofAskedSum = eligible.Where(c => c.StatesAskedSum).ToList();
        if (ofAskedSum.Count > 0 && ofAskedSum.Count < eligible.Count
            && LeadOf(ofAskedSum, ranked, expected, questionTerms, bestCoverage, datedQuestion, askedInOtherWords) is { } sumLead) return sumLead;
        // "What was the rate in December?": "... it fell to 9.6% in December" before the year's average, when it answers.
        var inAskedMonth = eligible.Where(c => c.ShowsAskedMonths).ToList();
        if (inAskedMonth.Count > 0 && inAskedMonth.Count < eligible.Count
            && LeadAmong(inAskedMonth, ranked, expected, questionTerms, bestCoverage, datedQuestion, askedInOtherWords) is { } dated) return dated;
        // "Wer gewann das kurze Rennen über 4 km?": "McCormick ... to win the 4km race" before "Kipchoge won the 9.2km race";
        // "Which Korn single got to number 12?": the figure the question names says which of the article's events it asks
        // about, as a year does (AskedFigures).
        // Not a sentence whose figures all count other things ("Wendelstein 7-X ... 100 Millionen" for "How many people work at
        // the institute running Wendelstein 7-X?"): the name's figure says which event, the count is still the asked one's.
        var withFigures = eligible.Where(c => c.ShowsAskedFigures && !c.CountsOtherThings).ToList();
        if (withFigures.Count > 0 && withFigures.Count < eligible.Count
            && LeadAmong(withFigures, ranked, expected, questionTerms, bestCoverage, datedQuestion, askedInOtherWords) is { } figured) return figured;
        // "How much will the ministry save each year?": "... would save £6m a year" before "£86m in savings between 2005 and 2008".
        var perPeriod = eligible.Where(c => c.StatesAskedPeriod).ToList();
        if (perPeriod.Count > 0 && perPeriod.Count < eligible.Count
            && LeadAmong(perPeriod, ranked, expected, questionTerms, bestCoverage, datedQuestion, askedInOtherWords) is { } perAsked) return perAsked;
        // "Wie viele Menschen haben laut Veranstaltern demonstriert?": "Den Veranstaltern zufolge kamen mehr als 3000" before
        // the lede's "Tausende demonstrierten", when it answers.
        var citing = eligible.Where(c => c.CitesAskedSource).ToList();
        if (expected != AnswerType.Other && citing.Count > 0 && citing.Count < eligible.Count
            && LeadAmong(citing, ranked, expected, questionTerms, bestCoverage, datedQuestion, askedInOtherWords) is { } cited) return cited;
        // "How many books were put forward?": "the 301 submitted" before "the top two best-selling paperbacks", which counts other things.
        var counting = eligible.Where(c => !c.CountsOtherThings).ToList();
        if (counting.Count > 0 && counting.Count < eligible.Count
            && LeadAmong(counting, ranked, expected, questionTerms, bestCoverage, datedQuestion, askedInOtherWords) is { } countLead) return countLead;
        var lead = LeadAmong(eligible, ranked, expected, questionTerms, bestCoverage, datedQuestion, askedInOtherWords);
        // "Wann wird Rise of the Tomb Raider auf der E3 gezeigt?": "Die offizielle Vorstellung soll am 15. Juni im Zuge der
        // Branchenmesse E3 stattfinden" before the lede's "Nach 2015 könnte das Spiel auf anderen Systemen erscheinen"; "When
        // does Kyrgyzstan elect its parliament?": "The elections are scheduled for 27 February" before "its reputation in
        // the 1990s". A when-question asks for a point in time: a sentence of the lead's article that shows what is asked
        // and dates it to a day of a month answers before a lead whose date names no month (a year, a decade, a season),
        // which is often another event's.
        // A lead with a month but no year ("to be held … in June", "the three months to December") is clearly weaker
        // (CandidatePrecision) too; a sentence a few on in its text that dates it to the day ("Meltdown, which begins on 11
        // June"; StrongerAfterLede) answers even in words of its own rather than the question's.
        if (expected == AnswerType.Date && lead is { StatesDayOfMonth: false }
            && eligible.FirstOrDefault(c => c.StatesDayOfMonth && c.Hit.Article.Id == lead.Hit.Article.Id
                                            && c.ContextCoverage >= bestCoverage * MarkedLeadCoverageFloor
                                            && (c.ShowsPredicate && (!lead.Novel.Any(MonthNames.IsWrittenOut) || CandidatePrecision.IsClearlyWeaker(lead, c, expected))
                                                || StrongerAfterLede.Outstates(lead, c, expected))) is { } toTheDay) return toTheDay;
        return lead;
    }

    private static CandidateSentence? LeadAmong(List<CandidateSentence> eligible, List<CandidateSentence> ranked, AnswerType expected,
        IReadOnlySet<string> questionTerms, double bestCoverage, bool datedQuestion, bool askedInOtherWords)
    {
        // "What did the minister propose?": the sentence where he proposes, before one that names the meeting he attended.
        var untyped = eligible.FirstOrDefault(c => c.ShowsVerb && !Restates(c, questionTerms))
                      ?? eligible.FirstOrDefault(c => !Restates(c, questionTerms)) ?? eligible[0];
        if (expected == AnswerType.Other) return untyped;
        var anchors = Anchors(ranked, bestCoverage);
        // Credited with the topic's names by its article, a sentence must still show what is asked about the topic
        // ("died", "founded"), or "When did Queen Elizabeth II die?" is answered by any dated sentence of an article naming her.
        // "Wie viele Drohnen ...?": a number that counts something else ("zehn Jahre") is no answer.
        bool Answers(CandidateSentence c) => AnswersAsLead(c, ranked, anchors, expected, bestCoverage, datedQuestion);
        // "Who is the chief executive of Umbro?": a sentence whose new names are only a country or an unmarked word
        // ("UK sportswear firm Umbro ... England ... Euro 2004") gives way to one that names a person ("Chief executive
        // Peter McGuigan said ...").
        // "How many children died?": "Among them were 31 children" before "49 refugees drowned", whose neighbour names the children.
        // "Which design studio made the logo?": "das vom Designbüro Nordlicht gestaltete Logo" before a sentence that
        // restates the logo's making; "Who produced the album?": "the record's producer Jane Doe".
        // "Who is her successor?": a person named in the article about it, before a sentence whose new names are a
        // place or a word nothing marks.
        if (expected == AnswerType.Reason) return ReasonLead(eligible, ranked, bestCoverage) ?? untyped;
        // "Wer war bis zum Vorjahr Chef von Universal Music in Deutschland?": "Tim Renner, the head of Universal Music Germany
        // until last year, told ..." scores best of all sentences and answers; "Springer-Chef Döpfner" in another article is
        // another holder of the asked role. The asked noun marks the name beside it only where the noun is written as typed,
        // in the asker's language; the other language writes the role in the dictionary's words ("the head of" for "Chef"),
        // which the mark does not see. So a name beside the asked noun in another article, which retrieval ranks no higher and
        // which shows less of the question, does not displace the best-scoring answer written in the other language. Within
        // one language the mark still decides: "des neuen Bürgermeisters Andreas Rabl" before a better-scoring sentence of
        // another article that names people but not as mayors.
        var best = ranked[0];
        var bestAnswers = eligible.Contains(best) && Answers(best) && best.ShowsPredicate;
        bool AnotherHolderOfTheRole(CandidateSentence c) =>
            bestAnswers && c.Hit.Article.Id != best.Hit.Article.Id && c.Hit.Passage.Language != best.Hit.Passage.Language
            && c.ArticleShare <= best.ArticleShare && c.Coverage < best.Coverage;
        // "Was macht Cekic beruflich?": the article about him says his job in words of its own ("Von Beruf ist Cekic
        // Hausmeister"); a sentence restating the question's topic (the sport he does) does not answer.
        // "What is Anna Berg's constituency?": "The MP for Bexley and Sidcup said ..." names neither her nor the constituency.
        // "Mike Vogl koordiniert die Helfer. ... Der Salzburger Vogl ist sonst als Pressefotograf unterwegs": the job said of
        // the asked person (by name, pronoun or as a quote's speaker, "meint der Rohstoffanalyst") before a job word
        // said of someone else in a sentence that scores better ("Förderer Putin International ...").
        if (expected == AnswerType.Occupation && eligible.FirstOrDefault(c => c.Novel.Count > 0 && c.SpeaksOfAskedPerson) is { } ofPerson) return ofPerson;
        // "Was macht Moshe Jaalon beruflich?": some eligible sentence speaks of the asked person (none of them with a job,
        // or the line above would have returned it): then a job in the article's marked sentence may be someone else's
        // ("eine Rede von Generalmajor Yair Golan"), so it does not lead.
        var askedPersonSpokenOf = expected == AnswerType.Occupation && eligible.Any(c => c.SpeaksOfAskedPerson);
        if (askedInOtherWords && !askedPersonSpokenOf && MarkedInArticle(eligible, ranked, bestCoverage) is { } marked) return marked;
        if (expected == AnswerType.Occupation) return untyped;
        // "Who is replacing Smith?": "Smith is to be replaced by Lillian Tan" names the doer of the asked action itself,
        // before a sentence naming someone with the asked person's description ("co-chief executive Rebecca Navarednam").
        var typed = eligible.FirstOrDefault(c => c.NamesAskedAgent && (Answers(c) || InAnswersArticle(c, anchors, bestCoverage)))
                    ?? eligible.FirstOrDefault(c => Answers(c) && IsDescribedBy(c, anchors, questionTerms))
                    ?? eligible.FirstOrDefault(c => c.NearAskedNoun && !AnotherHolderOfTheRole(c) && (Answers(c) || InAnswersArticle(c, anchors, bestCoverage, byContext: true)
                        // "Das Album heißt Winter Light": a title the question asks for, in the best sentence's article,
                        // even when no sentence shows what the question says of it ("in dem sie über ihre Kindheit singt").
                        || (anchors.Count == 0 && c.Hit.Article.Id == ranked[0].Hit.Article.Id && c.ContextCoverage >= bestCoverage * MarkedLeadCoverageFloor)))
                    // "Where was Strachan a manager before?": "His previous managerial experience came at Coventry" before
                    // "..., who left Fratton Park for rivals Saints", whose place belongs to a clause about someone else:
                    // a marked name in a sentence that shows what the question asks besides its names goes first.
                    ?? (expected == AnswerType.Place ? eligible.FirstOrDefault(c => c.NamesAskedKind && c.ShowsPredicate && Answers(c)) : null)
                    // "How many films were set to premiere at Sundance?": "Forty-two films will debut at Sundance" before the
                    // festival's "two new international cinema competitions", which names films but counts something else.
                    ?? eligible.FirstOrDefault(c => (c.NamesAskedKind || (c.StatesUnit && c.CountsAskedNoun)) && Answers(c))
                    ?? (expected == AnswerType.Person ? eligible.FirstOrDefault(c => c.NamesAskedKind && InAnswersArticle(c, anchors, bestCoverage)) : null)
                    ?? eligible.FirstOrDefault(Answers)
                    // "How much did the Chinese online games firm pay for its slice of Sina?": "Sina said its shares were
                    // purchased ... for about $230m" in the article whose lead restates the purchase; the asked measure marks
                    // the sentence as the answer, as a name beside the asked noun does, though it repeats few of the question's words.
                    ?? eligible.FirstOrDefault(c => c.StatesMeasure && InAnswersArticle(c, anchors, bestCoverage))
                    // "Wie viele Anzeigen haben die Hassposter-Jäger zusammengebracht?": "dass so mehr als 850 Anzeigen zustande
                    // gekommen seien" in the article the best sentence is from; its figure counts the asked noun itself, which
                    // marks it as the answer though the question's other words stand in the sentences around it.
                    ?? eligible.FirstOrDefault(c => CountsAskedNounInAnswersArticle(c, anchors));
        // "Where was the robot the astronaut operated from orbit?": "Das Gerät ... befindet sich in Noordwijk in den
        // Niederlanden" before "... einen Roboter auf der Erde gesteuert": a sentence of the lead's article that locates a
        // place the question asks for inside another (PlaceLocatedWithin) names the more specific place.
        if (expected == AnswerType.Place && typed is not null && !PlaceLocatedWithin.Locates(typed.Text, typed.Novel)
            && eligible.FirstOrDefault(c => c != typed && c.NamesAskedKind && c.Hit.Article.Id == typed.Hit.Article.Id
                && !c.Novel.IsSubsetOf(typed.Novel) && PlaceLocatedWithin.Locates(c.Text, c.Novel)) is { } specific) return specific;
        // Causes are often given without "because": with no sentence that says one, the best sentence still answers.
        return typed ?? (expected == AnswerType.Reason ? untyped : null);
    }

    /// <summary>
    /// A sentence holding a new candidate of the asked kind (and the counted noun, for a count) answers when it is itself
    /// about the question, or stands next to or after a sentence that is (an anchor: a sentence covering most of the question).
    /// </summary>
    internal static bool AnswersAsLead(CandidateSentence c, List<CandidateSentence> ranked, List<CandidateSentence> anchors, AnswerType expected,
        double bestCoverage, bool datedQuestion) => c.Novel.Count > 0 && c.ShowsUnit && (c.Coverage >= bestCoverage * LeadCoverageFloor
            || (c.ContextCoverage >= bestCoverage * LeadCoverageFloor && c.ShowsPredicate)
            || anchors.Any(a => a.Hit.Passage.Id == c.Hit.Passage.Id && Math.Abs(a.Position - c.Position) == 1 && !GivesAnswerItself(a, expected))
            || anchors.Any(a => a.Novel.Count == 0 && Follows(c, a))
            || (c.StatesMeasure && AfterSentenceAbout(c, ranked, bestCoverage))
            || (expected is AnswerType.Number or AnswerType.Duration or AnswerType.Date && c.SpeaksOfAskedPerson && PersonIntroducedBefore(c, ranked, bestCoverage))
            // "Anna Berger übernimmt ab 1. Jänner die Leitung. ... Sie folgt damit auf X.": the restatement refers back
            // to the person a sentence before it names.
            || (expected == AnswerType.Person && c.NamesAskedKind && anchors.Any(a => !a.NamesAskedKind && Follows(a, c)
                && NamingSentence.RefersBack(a.Text, a.Hit.Passage.Language)))
            || (datedQuestion && NextToRelevant(c, ranked, bestCoverage))
            || RefersBackToAnchor(c, anchors, bestCoverage)
            || ContinuesSentenceAbout(c, ranked, bestCoverage)
            || SoleMeasureOfArticle.Answers(c, ranked));

    /// <summary>
    /// "… the government recently changed legislation that limited foreign investment in domestic airlines. It raised the
    /// maximum stake holding allowed to 49% from 40%.": a sentence reaching its subject by a pronoun, right after a sentence
    /// about the question (<see cref="IsAbout"/>) that gives no answer itself, says its figure of what that sentence named;
    /// when it also says what is asked (the question's predicate), it is the article's own continuation and answers, though
    /// it repeats little of the question. Only right after it: further on the pronoun may stand for something else. Not
    /// after a sentence holding a candidate of its own: "It has 400 seats" after the train's speed is a figure of another
    /// quantity. The asked kind is still checked (<see cref="CandidateSentence.ShowsUnit"/>: people, a currency).
    /// </summary>
    private static bool ContinuesSentenceAbout(CandidateSentence c, List<CandidateSentence> ranked, double bestCoverage) =>
        c.ShowsPredicate && ReferenceOpening.ReachesSubjectByPronoun(c.Text)
        && ranked.Any(a => a.Hit.Passage.Id == c.Hit.Passage.Id && c.Position - a.Position == 1 && a.Novel.Count == 0 && IsAbout(a, bestCoverage));

    /// <summary>
    /// "Bundeskanzler Werner Faymann bezweifelt, dass die Registrierungszentren für Migranten … . Der Bundeskanzler hatte am
    /// Dienstag Hotspots auf der griechischen Insel Lesbos besucht.": a sentence a few on from one about the question (an
    /// anchor), across a passage boundary too, whose subject is a pronoun or a definite description ("Der Bundeskanzler",
    /// "The party", "He") goes on about the subject the anchor named. It is read as naming that subject: the question's
    /// words the anchor shows of it count for it, so it needs only what it says of the subject — the question's predicate —
    /// and some of the question with its article's names, as a marked sentence of the answer's article does.
    /// </summary>
    private static bool RefersBackToAnchor(CandidateSentence c, List<CandidateSentence> anchors, double bestCoverage) =>
        c.ShowsPredicate && c.ContextCoverage >= bestCoverage * MarkedLeadCoverageFloor
        && (ReferenceOpening.ReachesSubjectByPronoun(c.Text) || ReferenceOpening.Opens(c.Text))
        && anchors.Any(a => FollowsInText(c, a));

    /// <summary>
    /// "Prodigy will play at Weston Park on Saturday. It will be the Chemical Brothers' only UK festival performance.": the
    /// sentence about the question lends its neighbour relevance only when it lacks the answer itself; when it holds a
    /// name its context marks as the asked kind, the neighbour's name ("UK") answers something else. Only places are
    /// marked by their context that surely: a which-question's "any name" is named in almost every sentence.
    /// </summary>
    private static bool GivesAnswerItself(CandidateSentence anchor, AnswerType expected) => expected == AnswerType.Place && anchor.NamesAskedKind;

    /// <summary>
    /// A sentence of the article whose sentence restating the question scores best (the first anchor's), about the question
    /// itself, holding a new candidate: the article is about what is asked, so what marks the candidate as the answer
    /// counts more than how many of the question's words the sentence repeats.
    /// </summary>
    /// <param name="byContext">
    /// The candidate is marked by the asked noun beside it: the sentence's coverage counts the question's names its article
    /// shows (<see cref="CandidateSentence.ContextCoverage"/>). "Bei der Attacke auf das Al-Kuds-Krankenhaus waren ...
    /// getötet worden" answers "Welches Spital in Aleppo wurde getroffen, als Ban Ki Moon ... sprach?" after the lede that
    /// names Aleppo and Ban, and repeats none of them.
    /// </param>
    private static bool InAnswersArticle(CandidateSentence candidate, List<CandidateSentence> anchors, double bestCoverage, bool byContext = false) =>
        candidate.Novel.Count > 0 && candidate.ShowsUnit && (byContext ? candidate.ContextCoverage : candidate.Coverage) >= bestCoverage * MarkedLeadCoverageFloor
        && anchors.Count > 0 && anchors[0].Hit.Article.Id == candidate.Hit.Article.Id;

    /// <summary>
    /// A count question's sentence whose new figure counts the asked noun itself (<see cref="CandidateSentence.StatesUnit"/>,
    /// <see cref="CandidateSentence.CountsAskedNoun"/>, and no figure counts other things), in the article of the best
    /// sentence: the answer, whatever share of the question it repeats.
    /// </summary>
    private static bool CountsAskedNounInAnswersArticle(CandidateSentence candidate, List<CandidateSentence> anchors) =>
        candidate.Novel.Count > 0 && candidate.ShowsUnit && candidate.StatesUnit && candidate.CountsAskedNoun && !candidate.CountsOtherThings
        && anchors.Count > 0 && anchors[0].Hit.Article.Id == candidate.Hit.Article.Id;

    /// <summary>
    /// "Why ...?": a sentence of the article the best sentence is from that gives a cause or purpose ("weil", "um ... zu
    /// gewährleisten", "due to", "saying she was too ill") and shares the question's terms, before a sentence that
    /// restates the question better; never another article's cause.
    /// </summary>
    private static CandidateSentence? ReasonLead(List<CandidateSentence> eligible, List<CandidateSentence> ranked, double bestCoverage)
    {
        // The article of the best sentence: the one about the question (retrieval's first passage may be another's).
        var article = ranked[0].Hit.Article.Id;
        var restating = Restating(ranked, article, bestCoverage);
        // Credited with the names its article gives ("The airline said the decision was ... due to reduced demand").
        // A cause word explains the clause it stands in: in a sentence that shows nothing the question asks besides its
        // names ("... we will have to make sure we stop them" for "Why won't Shevchenko play?") it explains something
        // else, unless the sentence continues one that restates the question (<see cref="AfterRestatement"/>) or names
        // the cause as such ("Eine defekte Heizdecke gilt als Auslöser des Brandes" for "Warum brannte es?").
        var giving = ranked.Where(c => c.Hit.Article.Id == article && c.Novel.Count > 0 && c.ShowsCore && c.ShowsAskedYears
                                       && c.ContextCoverage >= bestCoverage * MarkedLeadCoverageFloor
                                       && (c.ShowsPredicate || FollowsRestatement(c, restating) || c.Novel.Any(AnswerCandidates.IsCauseItself)))
            // "Why did Roni Size join the song?": "Size became involved after two friends were shot" before "Knight said she
            // sang on it after being haunted by ...": of a person's decision, the cause said of that person (by name or
            // pronoun) leads; another person's cause in the same article explains their own. Stable: score order stays within.
            .OrderBy(c => c.SpeaksOfAskedPerson ? 0 : 1).ToList();
        // "after" and "nachdem" order events more often than they give a cause: a sentence saying "due to" goes first.
        // "Eine defekte Heizdecke gilt als Auslöser des Brandes", "It blamed the results on ...", "..., der Streik somit
        // rechtswidrig": a sentence naming the cause as such before one whose "weil" explains something else.
        var lead = giving.FirstOrDefault(c => c.Novel.Any(AnswerCandidates.IsNamedCause))
                   // "Die Kriegsflüchtlinge waren eine einmalige Gruppe, sagt er. Einer der wesentlichen Gründe dafür war, dass
                   // ...": a cause named as such right after the sentence that restates the question, before another
                   // sentence's "damit" that shares more of the question's words.
                   ?? AfterRestatement(ranked, article, restating, namedOnly: true)
                   ?? giving.FirstOrDefault(c => c.Novel.Any(k => !AnswerCandidates.IsTemporalCause(k)))
                   ?? AfterRestatement(ranked, article, restating)
                   ?? giving.FirstOrDefault()
                   // "Als Motiv seiner Fahrt gab der Mann Liebeskummer an", "Als Grund nannte die Behörde einen Personalengpass":
                   // a cause named as such in the article about the question refers to it in words of its own; it answers
                   // before a sentence that only restates the question.
                   ?? eligible.FirstOrDefault(c => c.Hit.Article.Id == article && c.ShowsAskedYears && c.Novel.Any(AnswerCandidates.IsCauseItself))
                   ?? eligible.FirstOrDefault(c => c.Hit.Article.Id == article);
        if (lead is not null && AnswerCandidates.RefersToCauseBefore(lead.Text) && Neighbour(lead, ranked, -1) is { } cause) return cause;
        // "Dort scheiterte die Begehung aus einem simplen Grund. Sie haben die Schlüssel nicht gefunden.": a sentence that
        // announces a cause and ends there gives it in the next sentence of its passage, which leads instead.
        if (lead is not null && CauseExpressions.AnnouncesCauseAfter(lead.Text) && Neighbour(lead, ranked, +1) is { } announced) return announced;
        return lead;
    }

    /// <summary>
    /// The candidate <paramref name="offset"/> sentences from <paramref name="sentence"/> in its passage: before it when a
    /// consequence adverb in its first clause points back ("Das hätte regulatorische Folgen gehabt. Deshalb verschiebt Apple
    /// den Start."), after it when it announces a cause it does not give.
    /// </summary>
    private static CandidateSentence? Neighbour(CandidateSentence sentence, List<CandidateSentence> ranked, int offset) =>
        ranked.FirstOrDefault(c => c.Hit.Passage.Id == sentence.Hit.Passage.Id && c.Position == sentence.Position + offset);

    /// <summary>The article's sentences that restate the question without an answer: about its names, a lead's coverage, no candidate.</summary>
    private static List<CandidateSentence> Restating(List<CandidateSentence> ranked, string article, double bestCoverage) =>
        ranked.Where(c => c.Hit.Article.Id == article && c.Novel.Count == 0 && c.ShowsCore && c.ShowsAskedYears
                          && c.Coverage >= bestCoverage * LeadCoverageFloor).ToList();

    /// <summary>
    /// "Greif hatte schon im Vorjahr mit dem Rücktritt gedroht. In einem Brief beklagte sie Einmischung in ihre
    /// Aufstellung.": the cause often follows the sentence that restates the question, in words of its own and with a
    /// pronoun for the person, so it shows little of the question. A sentence giving a cause (not only "after") a
    /// sentence or two after one about the question, in the same passage, answers.
    /// </summary>
    /// <param name="namedOnly">Only a sentence that names the cause as such ("Einer der Gründe dafür war, dass ...").</param>
    private static CandidateSentence? AfterRestatement(List<CandidateSentence> ranked, string article, List<CandidateSentence> restating, bool namedOnly = false) =>
        ranked.FirstOrDefault(c => c.Hit.Article.Id == article && c.ShowsAskedYears && c.Novel.Any(k => !AnswerCandidates.IsTemporalCause(k))
                                   && (!namedOnly || c.Novel.Any(AnswerCandidates.IsCauseItself)) && FollowsRestatement(c, restating));

    private static bool FollowsRestatement(CandidateSentence candidate, List<CandidateSentence> restating) =>
        restating.Any(a => Follows(candidate, a) && candidate.Position - a.Position <= CauseDistance);

    /// <summary>How far after the restating sentence a cause in other words may follow.</summary>
    /// <remarks>2 → 3: "A Labour peer has withdrawn proposals ... The legislation would have ... It would also have ... But the
    /// government refused to back the bill, saying it was too complex": two sentences of background come between.</remarks>
    private const int CauseDistance = 3;

    /// <summary>The best sentence of the best sentence's article that holds a candidate and is about the question's names.</summary>
    private static CandidateSentence? MarkedInArticle(List<CandidateSentence> eligible, List<CandidateSentence> ranked, double bestCoverage) =>
        eligible.FirstOrDefault(c => c.Hit.Article.Id == ranked[0].Hit.Article.Id && c.Novel.Count > 0
                                     && c.ContextCoverage >= bestCoverage * MarkedLeadCoverageFloor);

    /// <summary>
    /// The sentence names someone with the description that a sentence about the question, naming no one, uses for the
    /// asked person: "... in a fight with his band's guitarist" → "... traded blows with guitarist Patrick Walden".
    /// </summary>
    private static bool IsDescribedBy(CandidateSentence candidate, List<CandidateSentence> anchors, IReadOnlySet<string> questionTerms) =>
        candidate.RoleTerms.Any(t => !questionTerms.Contains(t) && anchors.Any(a =>
            !a.NamesAskedKind && a.Hit.Article.Id == candidate.Hit.Article.Id && a != candidate && a.Terms.Contains(t)));

    /// <summary>
    /// A sentence that restates the question without its answer ("Pete Doherty has been involved in a fight with his
    /// band's guitarist") is often followed, a sentence or two on, by the one that gives it ("The former Libertines
    /// singer traded blows with guitarist Patrick Walden."), in other words than the question's.
    /// </summary>
    private static bool Follows(CandidateSentence candidate, CandidateSentence anchor) =>
        candidate.Hit.Passage.Id == anchor.Hit.Passage.Id && candidate.Position > anchor.Position && candidate.Position - anchor.Position <= FollowingSentences;

    /// <summary>
    /// <see cref="Follows"/> across a passage boundary too (<see cref="CandidateSentence.SentencesAfter"/>): a long paragraph
    /// is cut into passages at any sentence, so the sentence that states the asked measure may stand in the passage after
    /// the one it continues.
    /// </summary>
    private static bool FollowsInText(CandidateSentence candidate, CandidateSentence anchor) =>
        candidate.SentencesAfter(anchor) is > 0 and <= FollowingSentences;

    /// <summary>
    /// "Hundert Tage nach dem Start der Koalition in Kärnten zieht Huber Bilanz. ... Man habe bisher rund 90 Gesetze
    /// verabschiedet.", "Nun prüft die Bahn eine Ausweitung der Schadenersatzklage gegen die GDL. Die bisherige beläuft
    /// sich auf 20 Millionen Euro.": a sentence stating the asked measure itself (the counted noun, a sum) continues a
    /// sentence before it, in its article's text, that is about the question (a lead's coverage with its article's names, its
    /// rarest names, a word besides them), though neither reaches the coverage of another article's sentence that has
    /// more of the question's words. A sum (which names no counted noun) only right after it: further on it may be any other sum.
    /// </summary>
    /// <remarks>
    /// Right after it, the sentence before need only be about the question's subject: "Ebenfalls von Dell ist der beste
    /// Windows-Laptop, der Dell XPS 13. Der Preis fängt bei 1.179 Euro an.", "Die Teststrecken sind Teil des Turbopakets.
    /// Dafür nimmt man 50 Millionen Euro in die Hand.": the measure the follower states (a price, a sum) is what the
    /// question's verb asks ("kostet", "spending"), so the subject's sentence rarely repeats that verb.
    /// Across a passage boundary too (<see cref="CandidateSentence.SentencesAfter"/>): "Der Preis fängt bei 1.179 Euro an."
    /// may open the passage after the one its laptop ends, as a long paragraph is cut at any sentence (probes: 2 answers
    /// gained, train 1, no unanswerable answered). A restating sentence's follower that states no measure stays within its
    /// passage: across it, "Wann soll die Seilbahn ... in Betrieb gehen?" was answered by 1977 from an article on a transport map.
    /// </remarks>
    private static bool AfterSentenceAbout(CandidateSentence candidate, List<CandidateSentence> ranked, double bestCoverage) =>
        ranked.Any(a => FollowsInText(candidate, a) && (candidate.StatesUnit || candidate.SentencesAfter(a) == 1)
                        && (IsAbout(a, bestCoverage) || (candidate.SentencesAfter(a) == 1 && ReferenceOpening.Opens(candidate.Text) && IsAboutSubject(a, bestCoverage))));

    /// <summary>A sentence about the question's subject: <see cref="IsAbout"/> without what is asked about it.</summary>
    private static bool IsAboutSubject(CandidateSentence sentence, double bestCoverage) =>
        sentence.ShowsCore && sentence.ShowsAskedYears && sentence.Coverage >= bestCoverage * LeadCoverageFloor;

    /// <summary>
    /// A sentence about the question: a lead's coverage by its own words (its article's names credited, any sentence
    /// with one word of the question would be; "Before the match, ... raising £115,000" three sentences after Dementieva's
    /// "I was trying so hard to win this tournament." is no prize money), its rarest names, a word besides them, the asked year.
    /// </summary>
    private static bool IsAbout(CandidateSentence sentence, double bestCoverage) =>
        sentence.ShowsCore && sentence.ShowsPredicate && sentence.ShowsAskedYears && sentence.Coverage >= bestCoverage * LeadCoverageFloor;

    /// <summary>
    /// "Jane Doe, a former nurse, was dismissed in 2015 ... But despite a £40,000 payout two years ago, she says ...",
    /// "Maria Lopez twisted her left knee ... Lopez will not be ready for four to six weeks.": a sentence speaking of
    /// the asked person (by name or pronoun) further on in the article whose earlier sentence about the question
    /// introduced them states their figure in words of its own.
    /// </summary>
    private static bool PersonIntroducedBefore(CandidateSentence candidate, List<CandidateSentence> ranked, double bestCoverage) =>
        ranked.Any(a => a.Hit.Article.Id == candidate.Hit.Article.Id && a.SpeaksOfAskedPerson && IsAbout(a, bestCoverage)
                        && (a.Hit.Passage.Ordinal < candidate.Hit.Passage.Ordinal || (a.Hit.Passage.Id == candidate.Hit.Passage.Id && a.Position < candidate.Position)));

    /// <summary>
    /// A sentence that says the asked year often leaves the topic to the sentence before it ("Von 340.000 Beschäftigten
    /// sind 145.000 Aktionäre. Bis 2020 sollen es mehr als 200.000 sein."): a neighbour that is itself about the
    /// question (a lead's coverage, showing what is asked) is enough.
    /// </summary>
    private static bool NextToRelevant(CandidateSentence candidate, List<CandidateSentence> ranked, double bestCoverage) =>
        ranked.Any(n => n.Hit.Passage.Id == candidate.Hit.Passage.Id && Math.Abs(n.Position - candidate.Position) == 1
                        && n.Coverage >= bestCoverage * LeadCoverageFloor && n.ShowsPredicate);

    /// <summary>A sentence whose content terms are (almost) all the question's own adds nothing to it.</summary>
    private static bool Restates(CandidateSentence candidate, IReadOnlySet<string> questionTerms) =>
        candidate.Terms.Count(t => !questionTerms.Contains(t)) < RestatementTerms;

    /// <summary>The same fact in the asker's language, when an eligible sentence states it, replaces a foreign one.</summary>
    private static CandidateSentence PreferAskersLanguage(CandidateSentence candidate, List<CandidateSentence> eligible, string questionLanguage,
        IReadOnlySet<string> askedFigures)
    {
        if (candidate.Hit.Passage.Language == questionLanguage) return candidate;
        return eligible.FirstOrDefault(c => c.Hit.Passage.Language == questionLanguage && FactSignature.Same(c.Text, candidate.Text, askedFigures)
                                            && GivesSameAnswer(c, candidate)) ?? candidate;
    }

    /// <summary>
    /// A sentence in the asker's language that shares a figure with the answer states the same fact only when it gives the
    /// answer's own candidate too ("Nick McCormick ... in 12th place ... to win the 4km race" is not "Smail Prevljak legte
    /// in der 12. Minute nach", another article's match): a shared figure alone is chance across two stories. A sentence
    /// without candidates (an untyped question) keeps the figures' test.
    /// </summary>
    private static bool GivesSameAnswer(CandidateSentence replacement, CandidateSentence answer) =>
        answer.Novel.Count == 0 || replacement.Novel.Overlaps(answer.Novel);

    private static bool SameFact(CandidateSentence a, CandidateSentence b)
    {
        if (a.Text == b.Text || Overlap(a.Terms, b.Terms) > NearIdenticalOverlap) return true;
        return a.Hit.Passage.Language != b.Hit.Passage.Language && FactSignature.Same(a.Text, b.Text);
    }

    /// <summary>Jaccard overlap of two term sets.</summary>
    private static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}
