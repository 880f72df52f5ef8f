using System.Text.RegularExpressions;
using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The last check before quoting: does any chosen sentence give the kind of fact the question asks for, in the role it
/// asks? Unanswerable questions got confident citations from sentences about their topic that give something else:
/// "Wer hat die Rehe gewildert?" → "Er glaubt nicht, dass die Täter Jäger waren" (no name), "What's the budget for the
/// film?" → "the rights were bought for a seven-figure sum" (no sum, and not the budget), "How much will the firm save?"
/// → "its $4.5bn acquisition of Y" (a sum in another role), "Wie viele Personen wurden angezeigt?" → "80 seltene
/// Schildkröten beschlagnahmt" (a count of other things). Such a question is abstained on.
/// </summary>
internal static partial class AskedFact
{
    /// <summary>The reason none of <paramref name="chosen"/> gives the asked fact; null when one does (or nothing specific is asked).</summary>
    /// <param name="candidates">All scored sentences: one of the lead's article may say that the asked fact is not known.</param>
    public static string? Missing(IReadOnlyList<CandidateSentence> chosen, string question, string language, AnswerType expected,
        NameDetector names, ITermStatistics statistics, IReadOnlyList<WeightedTerm> expansions, IReadOnlyList<CandidateSentence>? candidates = null)
    {
        if (chosen.Count == 0) return null;
        // "Wie lange der Kroate ausfällt, war vorerst offen": the answer would lead with the article's "nobody knows".
        if (StatedUnknown.In(chosen[0].Text, expected, question)) return "the answering sentence says the asked fact is not known";
        // "When will the line reopen?" over "The line was closed on Monday." beside "It is not yet known when the line will
        // reopen": the lead's article says, in the question's verb and nearly as fully (names credited from the article), that it does not know.
        var lead = chosen[0];
        if (candidates?.FirstOrDefault(c => c.Hit.Article.Id == lead.Hit.Article.Id && c.ShowsVerb && c.ShowsPredicate && c.ContextCoverage >= lead.ContextCoverage * UnknownCoverageShare
                && StatedUnknown.In(c.Text, expected, question) && !RepeatsLeadFigure(c, lead, expected)) is { } unknown)
            return $"the answering article says the asked fact is not known: {unknown.Text}";
        // "Wie viel Geld hat Keith Poulton gesteckt?" over a quote of another sum, beside "has already committed an
        // undisclosed amount of money": a sentence of the lead's article that says the asked kind of fact is not told speaks
        // of it, in whatever verb, though it shows less of the question than the lead.
        var sumAsked = expected == AnswerType.Number && AskedUnit.Of(question, names) is null or { Kind: AskedUnit.Measure.Money };
        if (StatedUnknown.OfAskedKind(lead.Text, question, expected, sumAsked))
            return "the answering sentence says the asked kind of fact is not told";
        // "Which company is buying 20%?" beside "will also sell 10% to another company, although it did not say which": a
        // sentence whose figures are all other than the question's tells of another item of the article.
        if (candidates?.FirstOrDefault(c => c.Hit.Article.Id == lead.Hit.Article.Id && c.ShowsPredicate && c.ContextCoverage >= lead.ContextCoverage * KindUnknownCoverageShare
                && !GivesOnlyOtherFigures(c.Text, question) && StatedUnknown.OfAskedKind(c.Text, question, expected, sumAsked)) is { } untold)
            return $"the answering article says the asked kind of fact is not told: {untold.Text}";
        // "Wie viele Eltern hat Aslan befragt?" over "Insgesamt stützt sich Aslan auf Experteninterviews aus fünf Kindergärten",
        // beside "Wie viele Eltern befragt wurden, geht aus dem Vorbericht nicht hervor": the lead's article states the asked
        // question open (OpenQuestion). It must restate the question at least as fully as the lead: "Wie viel Geld er
        // ausgeben will, wird noch nicht verraten" leaves open another sum than the donations asked, which the lead gives.
        if (candidates?.FirstOrDefault(c => c.Hit.Article.Id == lead.Hit.Article.Id && c.ShowsPredicate && c.ContextCoverage >= lead.ContextCoverage
                && OpenQuestion.OfKindIn(c.Text, expected)) is { } open)
            return $"the answering article states the asked question open: {open.Text}";
        // "Who went to Wittenberg …?" over "Students thronged to Wittenberg …": a group or role answers who, unless the
        // question asks for a name as such ("Wie hieß der Mann …?").
        if (AsksForName(question, expected) && !chosen.Any(c => NamesSomeoneNew(c, question, names))
            && (NameAsked().IsMatch(question) || !chosen.Any(c => PersonNouns.GroupsIn(c.Text).Any(g => c.Novel.Contains(AnswerCandidates.NameKey(g))))))
            return "no chosen sentence names anyone the question does not";
        var roles = AsksForName(question, expected) ? AskedRoles(question, language) : [];
        if (roles.Count > 0 && !chosen.Any(c => c.Hit.Passage.Language != language || NamesSomeoneNotInAnotherRole(c, question, names, roles)))
            return $"no chosen sentence names someone as the asked '{roles[0]}'";
        // "Wer ist Bürgermeister von X?" over a sentence about X that names a sultan: the asked role is written by the
        // answering sentence ("Bürgermeisterin Anna Berg", "X's mayor"); other languages' sentences are not checked (a
        // check by RoleFamilies, whose nouns are of both languages, cost 3 probe hits).
        if (roles.Count > 0 && !roles.All(IsPartTaken)
            && !chosen.Any(c => c.Hit.Passage.Language != language || roles.Any(r => ShowsAskedRole(c.Text, r, question, language))))
            return $"no chosen sentence shows the asked '{roles[0]}'";
        // "Who is the chief executive of British Sugar?" over "Chief executive Jim Skinner said …" in an article about another
        // firm: the sentence that names the holder, or its article's title, writes whose role it is.
        // One sentence shows it all: a sentence that names a rival firm ("Rival Kestrel Sugar also reported …") beside the
        // holder's sentence does not make him Kestrel Sugar's.
        if (roles.Count > 0 && roles.Select(r => AskedRoleOwner.NamedPart(AskedRoleOwner.Of(question, r), language, names)).FirstOrDefault(o => o.Count > 0) is { } owner
            && !chosen.Any(c => c.Hit.Passage.Language != language
                || ((AskedRoleOwner.IsShownIn(owner, c.Text) || AskedRoleOwner.IsShownIn(owner, c.Hit.Article.Title)
                     || AskedRoleOwner.IsShownInLede(owner, c, candidates))
                    && roles.Any(r => ShowsAskedRole(c.Text, r, question, language)) && NamesSomeoneNew(c, question, names))))
            return $"no chosen sentence names the '{roles[0]}' of {string.Join(' ', owner)}";
        // "What's the name of the fan who …?": a new name beside the asked noun, in a sentence of the question's language.
        if (AsksForName(question, expected) && AskedPersonNoun.Of(question) is { } noun
            // "the player who took the ball away": the relative clause says who is asked, so the sentence naming the doer
            // of its action ("Miller stripped the ball away") names the player, though it never writes "player".
            // A sentence of the other language does not write the asked noun as typed: it names the person beside the noun's
            // translation (NearAskedNoun) or marks a new name as a person's ("Geschäftsführer Thomas Habermann", "Radu
            // Vlasceanu"; OtherLanguagePersonName). "ein zwölfjähriger Bub, wie die Nachrichtenagentur PTI … berichtete"
            // names no one for "the name of the twelve-year-old boy who …".
            && !chosen.Any(c => c.NamesAskedAgent
                || (c.Hit.Passage.Language != language
                    ? c.NearAskedNoun || OtherLanguagePersonName.NamesSomeoneNew(c, question, names)
                    : c.Novel.Overlaps(AnswerCandidates.NearHead(c.Text, noun, language, names)))))
            return $"no chosen sentence names the asked '{noun}'";
        // "Wie heißt der zehnjährige Finne, der …?" read as the name of a thing: a person is still asked, and only a name answers.
        if (PersonAskedAsNamed.Missing(chosen, question, language, expected, names, expansions, candidates) is { } unnamedPerson) return unnamedPerson;
        // "Who refereed the match?", "Wie hieß die Frau, mit der X verheiratet war?": the role asked by a verb or relation.
        // The article's title may say it for the sentence that names the person ("Der Brasilianer wird das Konzert dirigieren").
        if (AsksForName(question, expected) && AskedRelation.In(question) is { } relation
            && !chosen.Any(c => AskedRelation.IsShownIn(question, c.Text) || AskedRelation.IsShownIn(question, c.Hit.Article.Title)))
            return $"no chosen sentence shows who '{relation}'";
        // "Where in Wales …?" over "Training in Wales is broadening my mind": the asked place lies inside the region.
        // The place is said of the asked event: a sentence that shows nothing the question asks besides its names ("He is
        // set to compete at Sheffield this weekend") places something else.
        if (AskedPlaceWithin.Of(question) is { } region && !chosen.Any(c => c.ShowsPredicate && AskedPlaceWithin.NamesAnotherPlace(c.Text, c.Hit.Passage.Language, question, names)))
            return $"no chosen sentence names a place in {region}";
        // "Which hotel was X staying at?" over "Police arrested X at his hotel": the answering sentence speaks of the asked
        // thing without naming it, so the name it gives (the concert hall) is another's; had the report known the hotel, it would say it there.
        if (expected is AnswerType.Named or AnswerType.Place or AnswerType.Organisation && AskedHead.Of(question) is { } head
            && !UnnamedMention.AsksForAKind(question) && !chosen.Any(c => AnswerCandidates.Apposition(c.Text, [head]).Any()))
        {
            if (lead.Hit.Passage.Language == language && UnnamedMention.OnlyIn(lead.Text, head, language))
                return $"the answering sentence speaks of the asked '{head}' without naming it";
            // "In welchen Fluss stürzte der Bus?" over a lead that names the temple the passengers came from, beside "das
            // daraufhin in einen Fluss stürzte": the lead does not tell the asked event, a sentence of its article does, in
            // the question's verb, and speaks of the asked thing there unnamed.
            if (!lead.ShowsVerb && !chosen.Any(c => c.NearAskedNoun) && candidates?.FirstOrDefault(c => c.Hit.Article.Id == lead.Hit.Article.Id && c.Hit.Passage.Language == language
                    && c.ShowsVerb && c.ShowsPredicate && c.ContextCoverage >= lead.ContextCoverage * UnknownCoverageShare && UnnamedMention.OnlyIn(c.Text, head, language)) is { } unnamed)
                return $"the answering article tells the asked event without naming the '{head}': {unnamed.Text}";
        }
        // "In which hospital did the actress die?" over "Anna Keaveney … has died of lung cancer aged 55": no chosen English
        // sentence names a hospital as English names one, with the noun in its name (InstitutionNames).
        if (InstitutionNames.AskedKind(question, language) is { } kind
            && !chosen.Any(c => c.Hit.Passage.Language != "en" || InstitutionNames.IsNamedIn(c.Text, kind)))
            return $"no chosen sentence names a {kind}";
        // "Why did the shuttle break up?" over "In second place was the Columbia supercomputer": no chosen sentence of the
        // question's language gives a cause or purpose at all, and the lead tells something else of the topic. A lead that
        // restates most of the question tells the asked event itself, and gives its cause often without a cue word
        // ("was formed to explore …"): that one still answers.
        if (expected == AnswerType.Reason && lead.Hit.Passage.Language == language && lead.Coverage < RestatingCoverage
            && !chosen.Any(c => c.Hit.Passage.Language != language || c.Novel.Count > 0))
            return "no chosen sentence gives a cause or purpose";
        // "When is the Xiluodu dam due to be completed?" over "In 2004, China increased its generating capacity …": a question
        // for when something will happen is not answered by the date of something that happened (PastDateForFutureQuestion).
        if (expected == AnswerType.Date && PastDateForFutureQuestion.AsksFuture(question, language)
            && PastDateForFutureQuestion.AllDatesPast(chosen.Select(c => (c.Text, c.Hit.Passage.Language))))
            return "the question asks when something will happen, and every chosen sentence's date is of a past event";
        // "Wann wurde die Kaserne gebaut?" over "…, erklärte Platter am Dienstag": the weekday dates the statement, not the
        // asked event (ReportWeekday); a question for when something was said is answered by it.
        if (expected == AnswerType.Date && !ReportWeekday.AsksWhenSaid(question)
            && chosen.Where(c => c.Novel.Count > 0).Select(c => ReportWeekday.DatesOnlyStatements(c.Text, c.Novel)).ToList() is { Count: > 0 } statements
            && statements.All(s => s))
            return "every chosen sentence's date is the weekday a statement was made, not the asked event's";
        if (OtherOrdinalOfAskedNoun.Missing(chosen, question, candidates) is { } otherOfSeries) return otherOfSeries;
        if (AnotherActOfSubject.Missing(chosen, question, language, names) is { } otherAct) return otherAct;
        if (OnlyPlacesInAnOrder.Missing(chosen, question, expected) is { } onlyPlaces) return onlyPlaces;
        if (AskedCurrency.In(question) is { } currency && !chosen.Any(c => AskedCurrency.IsShownIn(question, c.Text)))
            return $"no chosen sentence gives the sum {currency}";
        if (AskedPenalty.Missing(chosen, question) is { } penalty) return penalty;
        if (AskedAge.IsAsked(question) && !chosen.Any(c => AskedAge.IsStatedIn(question, c.Text))) return "no chosen sentence states an age";
        // "How much will each victim receive?" over "will donate more than $8m to victims": the group's total, not a share.
        if (AskedShare.IsAsked(question, expected) && !chosen.Any(c => AskedShare.IsStatedIn(c.Text))) return "no chosen sentence states a share for each";
        // Only when the chosen sentences' passages state no rate either: "At 3km/h, it is closer to a jog" shares no word with
        // "How fast can the robot run?" and is no candidate, but the article has the speed, so abstaining would deny what it says.
        if (AskedSpeed.IsAsked(question) && !chosen.Any(c => AskedSpeed.IsStatedIn(c.Hit.Passage.Text)))
            return "neither the chosen sentences nor their passage state a speed or rate";
        var unit = AskedUnit.Of(question, names);
        // "Wie betrunken war der Fahrer?" over the sentences about the crash: only a figure in Promille says how drunk.
        if (unit is { Kind: AskedUnit.Measure.Physical } && !chosen.Any(c => unit.IsStatedIn(c.Text)))
            return $"no chosen sentence states how {unit.Word} in a figure of its units ({unit.Family})";
        if (unit is { Kind: AskedUnit.Measure.Money })
        {
            if (!chosen.Any(c => unit.IsStatedIn(c.Text))) return "no chosen sentence states a sum of money";
            // "How much did Alwaleed's group pay for the Savoy?" over "Quinlan Private bought the Savoy … for £750m": the sum
            // is another named party's act of the asked side (SumOfAnotherParty).
            if (SumOfAnotherParty.Missing(chosen, question, language, names, unit.IsStatedIn, expansions) is { } otherParty) return otherParty;
            if (unit.HasRole && !chosen.Any(c => unit.IsStatedIn(c.Text) && ShowsRole(unit.Word, c, language, statistics, expansions)))
                return $"no chosen sentence's sum is the asked '{unit.Word}'";
            // "How much did it cost to make the film Robots?" over "Robots … opened at the top of the box office chart, taking
            // $36.5m": the lead names the film, but the word that governs its sum says it measures takings, not a cost.
            var chosenTexts = chosen.Select(c => c.Text).ToList();
            if (SumMeasures.LeadMeasuresAnother(question, chosenTexts, unit.IsStatedIn))
                return "the answering sentence's sum measures another thing than the asked one";
            if (SumMeasures.OnlyWorthForPayment(question, chosenTexts, unit.IsStatedIn))
                return "the chosen sentences' sums say what something is worth, not the asked payment or price";
            // "Was kostet Chinas zweiter Flugzeugträger?" over "den Militäretat … auf 127 Milliarden Euro erhöht": the sum
            // belongs to another thing of its clause. The answering sentence names the priced thing or calls its sum a price.
            if (PricedThing.Of(question, language) is { } priced)
            {
                if (!chosen.Any(c => unit.IsStatedIn(c.Text) && (PricedThing.SaysPriceIn(c.Text) || ShowsRole(priced, c, language, statistics, expansions))))
                    return $"no chosen sentence's sum is the price of the asked '{priced}'";
                // A sum's passage names what it prices: "kostet eine Kilowattstunde Strom 3,17 Cent" in a passage that never
                // writes "Honig" is no price of the asked honey, however it says "kostet".
                if (!chosen.Any(c => unit.IsStatedIn(c.Text) && ContextNamesPricedThing(priced, c, language, statistics, expansions, candidates)))
                    return $"no chosen sentence's passage names the asked '{priced}'";
            }
        }
        if (AskedAmount.IsAsked(question, unit) && !chosen.Any(AskedAmount.IsStatedIn)) return "no chosen sentence states an amount";
        // A sentence without a new figure ("At Heathrow, BAA said …") does not count the asked thing either.
        // Whether a sentence's figures count other things was read when it was scored (CandidateSentence.CountsOtherThings).
        // A sentence whose only new figures are in words answers only if it names the counted thing (or a neighbour does),
        // as a lead must, or restates the question: a figure in words is never judged to count other things
        // (CountsOtherThings), so "How many shows … did Britney Spears play?" was answered by "suing eight insurance
        // companies" beside a lead whose "82-date tour" counts dates. "Eight bullets were fired into the door of 50 Cent's
        // management company" restates "How many shots were fired into …?" and counts the shots by another noun.
        if (unit is { Kind: AskedUnit.Measure.Count, CountsThings: true }
            && !chosen.Any(c => c.Novel.Count > 0 && !c.CountsOtherThings && (c.ShowsUnit || c.Coverage >= RestatingCountCoverage || !HasOnlyFiguresInWords(c))))
            return $"the chosen sentences' numbers count other things than '{unit.Word}'";
        // "Wie viele Leute dürfen auf der Fähre arbeiten?" over "9.000 Menschen warten": people, but in another role.
        // People asked by a noun of their own too: "How many fans were arrested?" over "96 supporters were crushed to death".
        if (unit is { Kind: AskedUnit.Measure.Count, CountsThings: true } && (unit.CountsPeople || unit.CountsByPersonNoun)
            && !chosen.Any(c => c.Novel.Count > 0 && !c.CountsOtherThings && !PeopleRoles.CountsAnotherRole(question, c.Text)))
            return $"the chosen sentences count people in another role than the asked one";
        // "Wie hoch war die Gage von Don Cheadle?" over "The film, which scored Oscar nominations for Don Cheadle, made
        // £507,596": the sentence shows the question, but its figure stands in a clause about another subject (FigureClause).
        // For a sum, only the sentence's sums are judged: its other figures ("one of two films") answer no sum question.
        if (expected == AnswerType.Number && FigureClause.AllApart(chosen, question, language,
                (c, f) => unit is not { Kind: AskedUnit.Measure.Money } || AnswerCandidates.IsSum(c.Text, f.Start, f.End), expansions, statistics))
            return "every chosen sentence's new figure stands in a clause that shows nothing of the question";
        return null;
    }

    /// <summary>
    /// "… would not say what proportion of all Steam players the 20,000 represented" beside "about 20,000 people have been
    /// locked out": a sentence that says something is not known while it writes the lead's new figure takes that figure as
    /// known; what it leaves open is another fact of the article.
    /// </summary>
    private static bool RepeatsLeadFigure(CandidateSentence unknown, CandidateSentence lead, AnswerType expected) =>
        expected == AnswerType.Number && unknown != lead && lead.Novel.Any(n => n.Any(char.IsDigit) && unknown.Novel.Contains(n));

    /// <summary>"Wer …?", "Who …?", "What's the name of …?", "Wie heißt …?": a name answers, a description does not.</summary>
    /// <remarks>
    /// Organisations are left out: the detector misses many of their names in the other language's words ("BSkyB und
    /// Virgin Media"), and "What's the name of the property …?" asks for a term: a name question counts only for a person
    /// ("What's the name of the club's spokesman?").
    /// </remarks>
    private static bool AsksForName(string question, AnswerType expected) =>
        expected is AnswerType.Person || (NameAsked().Match(question) is { Success: true } asked
            && Tokenizer.LetterRuns(question[(asked.Index + asked.Length)..]).Take(MaxWordsToRole).Any(w => NameContext.IsPersonTitle(w.Value) || PersonNouns.IsPersonNoun(w.Value)));

    /// <summary>Words after "the name of" up to the role: "of Northfield United's spokesman" is five (the possessive's s is one).</summary>
    private const int MaxWordsToRole = 6;

    /// <summary>The sentence names someone or something the question does not (a name the detector reads as one).</summary>
    private static bool NamesSomeoneNew(CandidateSentence sentence, string question, NameDetector names)
    {
        var language = sentence.Hit.Passage.Language;
        var asked = names.In(question, language).Select(AnswerCandidates.NameKey).ToHashSet(StringComparer.Ordinal);
        bool IsNew(string name) => !asked.Contains(AnswerCandidates.NameKey(name)) && !question.Contains(name, StringComparison.OrdinalIgnoreCase);
        // "Wie hieß der Mann …?" over "fünf Männer im Bundesstaat Himachal Pradesh angegriffen": a place its context marks
        // as one ("in", "im Bundesstaat", a dateline) names no one.
        var places = NameSpans.In(sentence.Text, language, names).Where(s => s.Kind == NameKind.Place).ToList();
        bool InPlace(int index) => places.Any(p => index >= p.Start && index < p.End);
        if (names.Positions(sentence.Text, language).Any(p => !InPlace(p.Index) && IsNew(p.Word))) return true;
        // The detector misses names written in the other language's words ("Virgin Media" in a German sentence): any
        // capitalised word inside the sentence that is no dictionary word nor a compound of them is one.
        return Tokenizer.LetterRuns(sentence.Text).Skip(1).Any(w => char.IsUpper(w.Value[0]) && !InPlace(w.Index) && w.Value.Length > 1 && !FunctionWords.IsFunctionWord(w.Value, language)
            && names.IsCommonWord(w.Value, language) != true && names.IsNameInQuestion(w.Value, language) && IsNew(w.Value));
    }

    /// <summary>
    /// The role a who/name question asks the holder of ("Wie heißt die Richterin, die …?", "Who is the club's lawyer?",
    /// "Which coach …?"): a role noun right after the question's naming words. Roles elsewhere in the question are not
    /// the asked one ("Who did the judge sentence?").
    /// </summary>
    private static List<string> AskedRoles(string question, string language)
    {
        var roles = AskedRole().Matches(question).Select(m => m.Groups["role"].Value).Where(IsRole).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // "Who runs the European Broadcasting Union?": the head of a named organisation. German "leitet" and "führt" also
        // ask who referees a match or tops a table, and every German noun is capitalised, so only English asks this way.
        if (roles.Count == 0 && HeadAskedByVerb().IsMatch(question)) roles.Add("head");
        return roles;
    }

    /// <summary>
    /// "Wie heißt die Richterin im Fall Hypo?" is not answered by "Im Fall Hypo, in dem Exminister Meier angeklagt ist":
    /// the sentence names someone new beside no other role than the asked one. A name right after another role
    /// ("Exminister Meier", "lawyer John Smith") is someone else; a name beside the asked role, or beside none, may be the one.
    /// </summary>
    private static bool NamesSomeoneNotInAnotherRole(CandidateSentence sentence, string question, NameDetector names, IReadOnlyList<string> roles)
    {
        var language = sentence.Hit.Passage.Language;
        var text = sentence.Text;
        var positions = names.Positions(text, language);
        var nameStarts = positions.Select(p => p.Index).ToHashSet();
        foreach (var (index, name) in positions)
        {
            if (question.Contains(name, StringComparison.OrdinalIgnoreCase) || IsRole(name)) continue;
            // The word before the name's first word: "Exminister Hans Meier" → Exminister.
            var start = index;
            string? before = null;
            while (Tokenizer.LetterRuns(text[..start]).LastOrDefault() is { } previous && string.IsNullOrWhiteSpace(text[(previous.Index + previous.Length)..start]))
            {
                if (nameStarts.Contains(previous.Index) && !IsRole(previous.Value)) { start = previous.Index; continue; }
                before = previous.Value;
                break;
            }
            if (before is null || !IsRole(before) || roles.Any(r => SameRole(r, before))) return true;
        }
        return false;
    }

    /// <summary>
    /// The sentence writes the asked role: the noun in either gender, as a compound's tail ("Oberbürgermeisterin"), or
    /// another noun of its family ("Cheftrainer" for "Coach", "OERAK-Präsident" for "Chef der Anwaltskammer").
    /// </summary>
    /// <remarks>
    /// A question for the head of the whole ("Who's the chief executive of F-Secure?") is not shown by the head of a part
    /// ("director of anti-virus research", "technical director", "Finanzchef"; <see cref="DepartmentHeads"/>), unless it
    /// asks for that part's head itself.
    /// </remarks>
    private static bool ShowsAskedRole(string text, string role, string question, string language)
    {
        var family = RoleFamilies.FirstOrDefault(f => f.Any(m => SameRole(m, role))) ?? [role];
        var wholeAsked = ReferenceEquals(family, RoleFamilies[0]) && !AsksForAPart(question, role, language);
        return Tokenizer.LetterRuns(text).Where(w => w.Length >= MinRoleStem)
            .Any(w => Inflected(w.Value).Any(f => SameRole(role, f) || family.Any(m => SameRole(m, f)))
                      && !(wholeAsked && DepartmentHeads.HeadsAPart(text, w.Index, w.Value, language)));
    }

    private static bool AsksForAPart(string question, string role, string language)
    {
        var at = question.IndexOf(role, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && DepartmentHeads.HeadsAPart(question, at, role, language);
    }

    /// <summary>A word and its forms without a case or plural ending: "des Bürgermeisters", "den Trainern", "spokesmen" → "spokesman".</summary>
    private static IEnumerable<string> Inflected(string word)
    {
        yield return word;
        if (word.EndsWith("men", StringComparison.OrdinalIgnoreCase)) yield return word[..^3] + "man";
        foreach (var ending in (string[])["es", "en", "s", "n"])
            if (word.Length > ending.Length + MinRoleStem && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) yield return word[..^ending.Length];
    }

    /// <summary>Role nouns news uses for one another: who leads an organisation, who coaches a team, who speaks for it, who runs a town.</summary>
    internal static readonly string[][] RoleFamilies =
    [
        ["chef", "boss", "leader", "head", "präsident", "president", "vorsitzende", "vorsitzender", "chairman", "chairwoman", "chief",
            "executive", "director", "direktor", "leiter", "obmann", "obfrau", "ceo", "geschäftsführer", "vorstand"],
        ["coach", "trainer", "manager", "teamchef", "betreuer"],
        ["sprecher", "spokesman", "spokeswoman", "spokesperson"],
        ["bürgermeister", "mayor", "stadtchef", "stadtoberhaupt", "ortschef"],
    ];

    /// <summary>
    /// "Welcher Spieler erzielte einen Touchdown …?", "Which actor signed the anthem?": a part taken in the game or the
    /// play (<see cref="NameContext.PartsTaken"/>, which says why), so the answering sentence need not write the word.
    /// </summary>
    private static bool IsPartTaken(string role) => NameContext.PartsTaken.Contains(role);

    /// <summary>A role noun; forms of address ("Frau", "Mr", "Dr") name no role.</summary>
    internal static bool IsRole(string word) => !Honorifics.Contains(word) && (NameContext.IsPersonTitle(word) || LawRoles.Contains(word));

    private static readonly HashSet<string> Honorifics = new(
        NameContext.CourtesyTitles.Concat(["sir", "lord", "lady", "prime", "star", "champion"]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Roles of a court case that stand before names and are no person titles of <see cref="NameContext"/>.</summary>
    private static readonly HashSet<string> LawRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "lawyer", "attorney", "prosecutor", "solicitor", "barrister", "defendant", "accused", "verteidiger", "verteidigerin",
        "angeklagte", "angeklagter", "angeklagten", "beschuldigte", "beschuldigter", "zeuge", "zeugin", "witness", "gutachter", "gutachterin",
    };

    /// <summary>"Richterin" and "Richter", "Anwältin" and "Anwalt", "Staatsanwalt" and "Anwalt": one role in either form.</summary>
    internal static bool SameRole(string asked, string written)
    {
        var a = WordNormalizer.Fold(asked);
        var w = WordNormalizer.Fold(written);
        return a.EndsWith(w, StringComparison.Ordinal) || w.EndsWith(a, StringComparison.Ordinal)
               || (a.EndsWith("in", StringComparison.Ordinal) && w.EndsWith(a[..^2], StringComparison.Ordinal))
               || (w.EndsWith("in", StringComparison.Ordinal) && a.EndsWith(w[..^2], StringComparison.Ordinal));
    }

    /// <summary>
    /// The sentence shows the asked role of the sum: the question's money verb or noun ("save", "budget", "Gage"), as
    /// the analyser reads it, in a compound ("Einsparungen" for "sparen"), or as its synonym. A sentence in another
    /// language than the question's is not checked (<see cref="ChecksRoleIn"/>).
    /// </summary>
    private static bool ShowsRole(string role, CandidateSentence sentence, string language, ITermStatistics statistics, IReadOnlyList<WeightedTerm> expansions)
    {
        if (!ChecksRoleIn(sentence.Hit.Passage.Language, language)) return true;
        // From here the sentence is in the question's language: the role as typed, or a synonym the dictionary gives in it.
        var forms = new List<string>(statistics.AnalyzeTerms(role, language));
        forms.AddRange(expansions.Where(e => e.Language == language && string.Equals(e.Group, $"{language}:{role}", StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => statistics.AnalyzeTerms(e.Text, language)));
        // A role no form of which the analyser keeps cannot be checked.
        if (forms.Count == 0) return true;
        if (NamesOnlyItsDoer(role, sentence.Text)) return false;
        return forms.Any(f => sentence.Terms.Contains(f) || (f.Length >= MinRoleStem && sentence.Terms.Any(t => t.Contains(f, StringComparison.Ordinal))));
    }

    private const int MinRoleStem = 4;

    /// <summary>
    /// Whether a sentence can show the sum's role at all: only in the question's own language. The dictionary gives a few
    /// of the other language's words for the role ("Umsatz" → turnover, sales; "fee" → Gebühr), while the article that
    /// answers writes another ("the market will bring in about $336m", "der Mitarbeitsbeitrag … in Höhe von 450 Euro",
    /// "Dafür nimmt man 50 Millionen Euro in die Hand" for the spending, "cost savings of about $200m" for "einsparen"),
    /// so a missing translation says nothing of whose sum it is, and the check only made the answer abstain.
    /// Probes: 6 cross-lingual false abstentions answered (hit), nothing lost, no unanswerable more answered: none of the
    /// dev unanswerables was kept out by this check in another language.
    /// </summary>
    private static bool ChecksRoleIn(string sentenceLanguage, string questionLanguage) => sentenceLanguage == questionLanguage;

    /// <summary>
    /// The sentence's passage or its article's title names the priced thing: as <see cref="ShowsRole"/> reads it, or by the
    /// head of its compound, alone or in another compound ("Streamingdienst" for "Musikstreamingdienst", "den Tunnelbau"
    /// for "Autotunnel"), which names the same thing less exactly.
    /// </summary>
    /// <param name="candidates">
    /// All scored sentences: "… musste etwa die grüne Abgeordnete Gabriela Moser veröffentlichen. | Der Grund waren Vorwürfe
    /// gegen Grasser, Kostenpunkt: 4.000 Euro." — a sentence that opens its passage by pointing back goes on about the last
    /// sentence of the passage before, which is its context as its own passage is (<see cref="PreviousPassageSentence"/>).
    /// </param>
    private static bool ContextNamesPricedThing(string priced, CandidateSentence sentence, string language, ITermStatistics statistics,
        IReadOnlyList<WeightedTerm> expansions, IReadOnlyList<CandidateSentence>? candidates)
    {
        var before = PreviousPassageSentence.Of(sentence, candidates);
        var context = sentence with
        {
            Terms = statistics.AnalyzeTerms($"{sentence.Hit.Article.Title} {before} {sentence.Hit.Passage.Text}", sentence.Hit.Passage.Language).ToHashSet(StringComparer.Ordinal),
        };
        if (ShowsRole(priced, context, language, statistics, expansions)) return true;
        var forms = sentence.Hit.Passage.Language == language ? statistics.AnalyzeTerms(priced, language) : [];
        return forms.Any(f => Heads(f).Any(h => context.Terms.Any(t => t.StartsWith(h, StringComparison.Ordinal) || t.EndsWith(h, StringComparison.Ordinal))));
    }

    /// <summary>The tails of an analysed compound that may be its head: at least <see cref="MinPricedHead"/> letters, after a first part.</summary>
    private static IEnumerable<string> Heads(string form)
    {
        for (var start = MinPricedHead - 1; start <= form.Length - MinPricedHead; start++) yield return form[start..];
    }

    /// <summary>Shorter tails ("werk", "bau") end too many unrelated words to tell what a sum prices.</summary>
    private const int MinPricedHead = 5;

    /// <summary>
    /// "Wie viel Gewinn machte GM?" over "Weschler, Gewinner der Jahre 2010 und 2011, zahlte fünf Millionen Dollar": the
    /// stemmer reads "Gewinner" as "Gewinn", but the word names who wins, not the sum. True when every word of the sentence
    /// that writes the role word ends in it with a doer's ending ("Lottogewinner").
    /// </summary>
    private static bool NamesOnlyItsDoer(string role, string text)
    {
        var writing = Tokenizer.LetterRuns(text).Select(w => (Word: w.Value, At: w.Value.IndexOf(role, StringComparison.OrdinalIgnoreCase))).Where(w => w.At >= 0).ToList();
        return writing.Count > 0 && writing.All(w => DoerEnding().IsMatch(w.Word[(w.At + role.Length)..]));
    }

    [GeneratedRegex(@"^(er|ers|ern|erin|erinnen|or|ors)$", RegexOptions.IgnoreCase)]
    private static partial Regex DoerEnding();

    /// <summary>
    /// How fully, against the lead, a sentence of its article that says the fact is not known must show the question: the
    /// lead often repeats the question's names ("between Kelby and Marsh End") that the "not known" sentence leaves out.
    /// </summary>
    private const double UnknownCoverageShare = 0.8;

    /// <summary>
    /// How fully a sentence that says the asked kind of fact is not told must show the question, against the lead: it names
    /// the kind ("an undisclosed amount"), so it may say the rest in other words ("pulled out" for "walked out").
    /// </summary>
    private const double KindUnknownCoverageShare = 0.5;

    /// <summary>The question names figures besides years, and the sentence writes figures of its own but none of the question's.</summary>
    private static bool GivesOnlyOtherFigures(string sentence, string question)
    {
        var asked = NumberTokens.In(question).Where(n => !AskedAmount.IsYearLike(n)).ToHashSet(StringComparer.Ordinal);
        var given = NumberTokens.In(sentence).Where(n => !AskedAmount.IsYearLike(n)).ToList();
        return asked.Count > 0 && given.Count > 0 && !given.Any(asked.Contains);
    }

    /// <summary>
    /// How much of a count question a sentence must show to tell the asked event itself, so that its figure in words
    /// counts the asked thing under another noun ("eight bullets" for shots: 0.85; "suing eight insurance companies" for
    /// the tour's shows: 0.37).
    /// </summary>
    private const double RestatingCountCoverage = 0.5;

    /// <summary>Every new figure of the sentence is written in words ("eight insurance companies", "two-time runner-up").</summary>
    private static bool HasOnlyFiguresInWords(CandidateSentence sentence) =>
        !Figures(sentence.Text).Any(f => f.Digits && sentence.Novel.Contains(f.Key));

    /// <summary>How much of a why-question a lead must show to tell the asked event itself, whose cause may go unmarked.</summary>
    private const double RestatingCoverage = 0.5;

    /// <summary>
    /// Every new number of the sentence counts a noun other than the asked one ("80 seltene Schildkröten" for "Wie viele
    /// Personen"): the noun right after it (past adjectives) is neither the asked word, its synonym or translation, nor —
    /// for a count of people, asked generically or by a person noun — a person noun. A number followed by no noun ("stieg auf 40") may count anything.
    /// </summary>
    /// <param name="unitTerms">The asked noun's analysed terms in the sentence's language (<see cref="SentenceCandidates"/>'s unit terms).</param>
    public static bool CountsOtherThings(CandidateSentence sentence, AskedUnit unit, IReadOnlySet<string> unitTerms, ITermStatistics statistics)
    {
        // "Wie viele Mio. Euro erhält X?": the asked unit is the scale itself, which any figure in millions states.
        if (NumberWords.IsScale(unit.Word.TrimEnd('.'))) return false;
        // "Wie viele Stimmen …?" over "nur 11,12 Prozent für Khol": a share of the votes is the asked count's measure.
        if (unit.StatesShareIn(sentence.Text)) return false;
        var sentenceLanguage = sentence.Hit.Passage.Language;
        // "Wie viele Verletzte …?" over "40 Menschen verletzt": people asked by a person noun are counted by any.
        // "How many of the migrants were children?": the part is counted by its own noun, not by any person noun ("1,230 people").
        var people = (unit.CountsPeople || unit.CountsByPersonNoun) && unit.Whole is null;
        // "Vor wie vielen Jahren …?" over "some 26 years ago": a generic noun is not translated, so the sentence's language
        // has no form of it to tell its counts from others'; only a count of people is told by its person nouns.
        if (unitTerms.Count == 0 && !people) return false;
        var located = new HashSet<string>(StringComparer.Ordinal);
        // Figures in digits and in words ("Three additional species", "in two suitcases"), as the candidates read them.
        // A figure in words only confirms: "Alle sieben überprüften Institute" may name the asked banks otherwise.
        foreach (var (key, start, end, digits) in Figures(sentence.Text))
        {
            if (!sentence.Novel.Contains(key)) continue;
            // "die 3:0-Führung", "um 22:00", "Ö24": a score, a clock time or a name's number counts nothing.
            if (CountsNothing(sentence.Text, start, end))
            {
                located.Add(key);
                continue;
            }
            // "A year's work and $10,000 has resulted in …" for "How many people have signed up?": a sum of money counts
            // no thing, though no noun follows it.
            // "Japan's number three mobile operator" for "How many jobs …?": a rank counts nothing.
            // "Mikoliunas, 20, barged …", "in the 90th minute", "sechs Mal teilgenommen": an age, an ordinal or a frequency
            // counts nothing either.
            if (AnswerCandidates.IsSum(sentence.Text, start, end) || RankPhrases.IsRankNumber(sentence.Text, start) || UncountingFigures.At(sentence.Text, start, end))
            {
                located.Add(key);
                continue;
            }
            // "Deep Space Nine", "Channel Four": a capitalised figure in words inside a name counts nothing.
            if (!digits && FigureNames.IsPartOfName(sentence.Text, start, end))
            {
                located.Add(key);
                continue;
            }
            if (digits) located.Add(key);
            // The words up to the counted noun: "30 different Examination Boards", "38 possible Nobel Prize nominations".
            var words = CountedWords.After(sentence.Text, end, sentenceLanguage);
            if (words is null)
            {
                if (digits) return false;
                continue;
            }
            foreach (var word in words)
            {
                if (people && PersonNouns.CountsPeopleAfterFigure(word)) return false;
                var terms = statistics.AnalyzeTerms(word, sentenceLanguage);
                // "15 solcher Städte" for "Wie viele Statutarstädte …?": the head of the asked compound names the same thing.
                if (terms.Any(t => unitTerms.Contains(t) || unitTerms.Any(u => u.Length >= MinRoleStem && t.EndsWith(u, StringComparison.Ordinal))
                    || unitTerms.Any(u => QuestionTerms.IsCompoundHead(t, u)))) return false;
            }
            // "nach vier Stunden", "der fünf angesetzten Duelle": a count of people is named by a person noun, so a figure
            // in words that counts a thing counts something else (a count of things may name the asked ones otherwise).
            // The other way round too: "Rund tausend Zuschauer verfolgten, wie … jeweils mehrere Stockschläge erhielten"
            // for "Wie viele Stockschläge bekam jeder?": a figure in words that counts people counts no thing the question asks.
            // "binnen fünf bis zehn Minuten", "for three hours": a figure in words that counts a length of time counts no
            // thing the question asks (had the question asked minutes, the asked noun would have matched above).
            if (people || CountsPeopleForThings(unit, words) || (words.Count > 0 && DateWords.IsTimeNoun(words[^1]))) located.Add(key);
        }
        // Every figure in digits counts something else; figures in words did not count the asked thing either.
        return located.Count > 0;
    }

    /// <summary>
    /// A count of things is asked (not of people by any noun, nor a group's size, nor a part of people), and the figure's
    /// noun names people ("tausend Zuschauer", "drei Frauen"): people are no other wording of the asked things.
    /// </summary>
    private static bool CountsPeopleForThings(AskedUnit unit, List<string> words) =>
        unit.CountsThings && !unit.CountsPeople && !unit.CountsByPersonNoun && unit.Whole is null && !PersonNouns.IsGroupNoun(unit.Word)
        && words.Count > 0 && PersonNouns.IsPersonNoun(words[^1]);

    /// <summary>
    /// A new figure of the sentence counts a noun of <paramref name="terms"/> (past adjectives: "12.000 neue Jobs"), as
    /// <see cref="CountsOtherThings"/> reads the noun after a figure.
    /// </summary>
    /// <param name="compoundsOf">Terms whose compounds and compound heads count them too: the asked noun as the asker wrote
    /// it ("600 Umfragen" for "Meinungsumfragen"). Not a dictionary's other words, whose heads are other things ("Fälle"
    /// of "Überfälle").</param>
    /// <param name="headsOf">Terms that count the compounds they head, and only those: a listed noun of the asked noun's
    /// kind (<see cref="CountedKinds.CompoundHeadsOf"/>) heads "600 Medienexperten", while the word a compound ends in is
    /// no noun of the kind ("drei Vertreter" are no Medienvertreter).</param>
    public static bool CountsBy(CandidateSentence sentence, IReadOnlySet<string> terms, ITermStatistics statistics, IReadOnlySet<string>? compoundsOf = null,
        IReadOnlySet<string>? headsOf = null)
    {
        var language = sentence.Hit.Passage.Language;
        return Figures(sentence.Text).Any(f => sentence.Novel.Contains(f.Key) && !CountsNothing(sentence.Text, f.Start, f.End)
            && CountedWords.After(sentence.Text, f.End, language) is { } words
            && words.Any(w => statistics.AnalyzeTerms(w, language).Any(t => terms.Contains(t) || compoundsOf?.Any(u => IsCompoundOf(u, t)) == true
                || headsOf?.Any(h => QuestionTerms.IsCompoundHead(h, t)) == true)));
    }

    /// <summary>
    /// A new figure of the sentence counts the tallies of the act the question asks its people about ("über 8.000
    /// Unterschriften gesammelt" for "How many people signed …?"; <see cref="AskedUnit.CountsActorsBy"/>), read as
    /// <see cref="CountsBy"/> reads the noun after a figure.
    /// </summary>
    public static bool CountsTalliesOfAskedAct(CandidateSentence sentence, AskedUnit unit) =>
        Figures(sentence.Text).Any(f => sentence.Novel.Contains(f.Key) && !CountsNothing(sentence.Text, f.Start, f.End)
            && CountedWords.After(sentence.Text, f.End, sentence.Hit.Passage.Language) is { } words && words.Any(unit.CountsActorsBy));

    /// <summary>
    /// "600 Umfragen" counts the asked "Meinungsumfragen", "1,5 Gigatonnen" the asked "Tonnen": one noun is the other's
    /// compound head, as the unit check reads it (SentenceCandidates.NamesCountedNoun), so the figure counts the asked thing.
    /// </summary>
    private static bool IsCompoundOf(string asked, string counted) =>
        QuestionTerms.IsCompoundHead(asked, counted) || QuestionTerms.IsCompoundHead(counted, asked);

    /// <summary>The figures of a sentence in digits and in words, as the candidates key them, with where they stand.</summary>
    /// <remarks>Digits is false for a figure in words, true for a scale right after digits ("5,7 Millionen Euro": that figure, stated).</remarks>
    private static IEnumerable<(string Key, int Start, int End, bool Digits)> Figures(string text) =>
        NumberTokens.Figures(text).Select(f => (f.Key, f.Start, f.End,
            Digits: !f.InWords || (NumberWords.IsScale(f.Written) && NumberWords.FollowsDigits(text, f.Start))));

    /// <summary>
    /// A new figure of the sentence counts the people of a place ("About three million Britons have …", "bei dem zwei
    /// Palästinenser verletzt wurden"; <see cref="PeopleWords.NamesPeopleOfPlace"/>): news counts people by where they are
    /// from as often as by what they do, so such a figure states a count of people as a person noun's does. Not a vague
    /// one: "tausende Ungarn protestierten" says there were many, not how many (<see cref="NumberWords.IsVagueCount"/>).
    /// </summary>
    public static bool CountsPeopleOfPlace(CandidateSentence sentence, NameDetector names) =>
        Figures(sentence.Text).Any(f => sentence.Novel.Contains(f.Key) && !NumberWords.IsVagueCount(f.Key) && !CountsNothing(sentence.Text, f.Start, f.End)
            && CountedWords.After(sentence.Text, f.End, sentence.Hit.Passage.Language) is [.., var noun]
            && PeopleWords.NamesPeopleOfPlace(noun, sentence.Hit.Passage.Language, names));

    /// <summary>
    /// A new figure of the sentence counts people by a noun of its own ("jene fünf Wirte", "sechs inhaftierte
    /// Oppositionsführer"): news names the people a question counts by its person noun ("Wie viele Gastronomen …?", "Wie
    /// viele Regimegegner …?") as often by another noun for them, which the asked noun's forms and translations do not show.
    /// Not a generic one ("1.000 Menschen"), which says nothing of who they are, unless <paramref name="orGeneric"/>.
    /// </summary>
    /// <param name="orGeneric">
    /// A generic noun counts too: "Menschen", "Personen", "people" are the hypernym of every person noun, and news counts
    /// the asked refugees as "104 Menschen untergebracht" as often as by their own noun (<see cref="CountsPeopleByHypernym"/>).
    /// </param>
    public static bool CountsNamedPeople(CandidateSentence sentence, bool orGeneric = false) =>
        Figures(sentence.Text).Any(f => sentence.Novel.Contains(f.Key) && !CountsNothing(sentence.Text, f.Start, f.End)
            && CountedWords.After(sentence.Text, f.End, sentence.Hit.Passage.Language) is [.., var noun]
            && PersonNouns.CountsPeopleAfterFigure(noun) && (orGeneric || !PersonNouns.IsGenericCount(noun)));

    /// <summary>
    /// A new figure of a sentence in the question's language counts people by a generic noun ("Bis zu 800 Menschen",
    /// "161 Personen"), for a count the question asks by a specific person noun ("Wie viele Flüchtlinge …?"): the
    /// generic word is the hypernym the report uses for the asked people. Only in the question's language, where the
    /// caller also checks the sentence shows what the question asks of them: across languages "a thousand people
    /// watching my film" is matched by nothing but its figure.
    /// </summary>
    public static bool CountsPeopleByHypernym(CandidateSentence sentence, string questionLanguage) =>
        sentence.Hit.Passage.Language == questionLanguage && CountsNamedPeople(sentence, orGeneric: true);

    /// <summary>The figure from <paramref name="start"/> to <paramref name="end"/> is one side of "3:0" or "22:00", or written onto a name ("Ö24", "MH17").</summary>
    private static bool CountsNothing(string text, int start, int end) =>
        (start >= 1 && char.IsLetter(text[start - 1])) || (end + 1 < text.Length && text[end] == ':' && char.IsDigit(text[end + 1])) || (start >= 2 && text[start - 1] == ':' && char.IsDigit(text[start - 2]));

    /// <remarks>"Wie heißt das neue Gesetz?" may be answered by a compound ("Klimaschutzgesetz"), so only the asked name itself counts.</remarks>
    [GeneratedRegex(@"\b(what('s|\s+is|\s+was|\s+are|\s+were)\s+(" + ArticleAlternations.EnglishDefiniteOrPossessive + @")\s+names?\b|wie\s+(heißt|hieß|heisst|hiess|lautet|lautete)\s+(der|sein|ihr)\s+name\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NameAsked();

    /// <summary>"who runs the EBU", "who runs Nordwerk": the verb, then a capitalised name (not "who ran the marathon").</summary>
    [GeneratedRegex(@"\b(?i:who\s+(?:runs|ran))\s+(?:(?i:the)\s+)?\p{Lu}")]
    private static partial Regex HeadAskedByVerb();

    [GeneratedRegex(@"\b(?:(?i:wie\s+(?:heißt|hieß|heisst|hiess|heißen)|wer\s+(?:ist|war|wird|sind|waren))\s+(?:(?i:" + GermanFunctionWords.DefiniteArticleAlternation + @")\s+)?(?:\p{Ll}+\s+)?(?<role>\p{Lu}\p{L}+)"
        + @"|(?i:who(?:['’]s|\s+(?:is|was|will\s+be|are|were))|what(?:'s|’s|\s+is|\s+was)\s+the\s+names?\s+of)\s+(?:(?i:" + ArticleAlternations.EnglishDefiniteOrPossessive + @"|\p{L}+['’]s)\s+)?(?:\p{L}+\s+)?(?<role>\p{L}+)"
        + @"|(?i:which|welche[rsmn]?)\s+(?<role>\p{L}+))")]
    private static partial Regex AskedRole();
}
