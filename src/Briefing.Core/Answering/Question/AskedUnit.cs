using System.Text.RegularExpressions;
using Briefing.Core.Lexicon;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// What a "how many" / "how much" question counts or measures ("Wie viele Drohnen", "How many people", "How much
/// prize money", "Wie viel Prozent"). A number that counts something else ("zehn Jahre" for drones) does not answer
/// it: the answering sentence, or one next to it, names the unit — money questions by a currency, shares by a
/// percentage, counts by the counted word or its translation.
/// </summary>
internal sealed partial record AskedUnit(string Word, AskedUnit.Measure Kind)
{
    /// <remarks>
    /// <see cref="Measure.Physical"/>: a figure in the units of the measure a gradable adjective asks ("Wie betrunken …?" →
    /// Promille; <see cref="MeasureUnits.FamilyAskedBy"/>). <see cref="Measure.Score"/>: the result of a match or a vote
    /// ("Mit welchem Ergebnis …?", "What was the score?"), written "19-13", "2:1", "by 229 votes to 206".
    /// </remarks>
    public enum Measure { Count, Money, Percent, Physical, Score }

    /// <summary>For <see cref="Measure.Physical"/>: the family of units the asked adjective measures in ("alcohol", "length").</summary>
    public string? Family { get; init; }

    /// <param name="names">
    /// The name detector, when the caller has one: "Kannst du mir sagen, wie viel Siemens von der Bahn fordert?" names
    /// the company that asks, not what is measured (<see cref="IsSubjectName"/>).
    /// </param>
    public static AskedUnit? Of(string question, NameDetector? names = null) =>
        Read(question, names) is { } unit
            ? unit with { Question = question, PeopleOfPlace = unit.Kind == Measure.Count && names is not null && IsPeopleOfPlace(unit.Word, names) }
            : null;

    /// <summary>
    /// The counted noun names the people of a place: "How many Syrians …?", "Wie viele Österreicher …?". They are counted
    /// as people, by the noun the article gives them ("42 syrische Asylwerber", "six million US citizens"), as a count asked
    /// by a person noun is (<see cref="CountsByPersonNoun"/>).
    /// </summary>
    public bool PeopleOfPlace { get; init; }

    /// <summary>
    /// The count is asked by a noun for people ("Wie viele Gastronomen …?", "How many Syrians …?"), which an article may
    /// word by any other noun for them (<see cref="PersonNouns"/>); not the generic words (<see cref="CountsPeople"/>).
    /// </summary>
    public bool CountsByPersonNoun => PersonNouns.IsPersonNoun(Word) || PeopleOfPlace;

    /// <summary>
    /// The counted noun names a place's people by its form, in either language ("Syrians", "Österreicher";
    /// <see cref="PeopleWords.IsFormOfPlace"/>); a person noun is counted as one already.
    /// </summary>
    private static bool IsPeopleOfPlace(string word, NameDetector names) =>
        word.Length >= MinPeopleWord && !PersonNouns.IsPersonNoun(word) && PeopleWords.IsFormOfPlace(word, names);

    private const int MinPeopleWord = 5;

    /// <summary>The question the unit was read from.</summary>
    private string Question { get; init; } = "";

    private static AskedUnit? Read(string question, NameDetector? names)
    {
        // "Zu wie viel Haft …?": a prison term is a length of time, no counted thing (AskedPrisonTerm).
        if (AskedPrisonTerm.IsAsked(question)) return null;
        // "Wie betrunken war der Fahrer?", "How heavy is the satellite?": a figure in the adjective's units, not any number
        // of the article on the topic. "Wie lang hat es gedauert?" asks a length of time (ExpectedAnswerType's Duration).
        if (MeasureUnits.FamilyAskedBy(question) is { } family && !ExpectedAnswerType.AsksDuration(question))
            return new AskedUnit(MeasureUnits.AdjectiveAskedBy(question)!, Measure.Physical) { Family = family };
        // "Wie teuer ist …?", "How expensive …?": a price, which a sum of money states.
        if (Expensive().Match(question) is { Success: true } expensive) return new AskedUnit(expensive.Groups["word"].Value, Measure.Money);
        // "Mit welchem Ergebnis …?", "What was the score?": a result, which a score or a tally states, not a count.
        if (ExpectedAnswerType.AsksForTally(question)) return new AskedUnit("score", Measure.Score);
        // "How much was the bail for the hacker?", "How big a retirement payout did X get?": the noun of a sum stands after
        // the verb or the article, not right after "how much"; the question asks that sum (not "400 customers").
        if (SizedMoneyNoun().Match(question) is { Success: true } sized && sized.Groups["noun"].Captures.Select(c => c.Value).FirstOrDefault(IsMoneyNoun) is { } sum)
            return new AskedUnit(sum, Measure.Money);
        var match = UnitCue().Match(question);
        // "Für welche Ablösesumme …?" asks a sum as "für welche Summe" does: the compound's first part is no role a sentence must write.
        if (!match.Success && AskedPrice().Match(question) is { Success: true } price)
            return new AskedUnit(SumTail().Match(price.Groups["unit"].Value) is { Success: true } tail ? tail.Value : price.Groups["unit"].Value, Measure.Money);
        // "What share of Tyrol's tourism value added is earned in winter?": a part of a whole, which a percentage or a
        // fraction states ("Über 70 Prozent der Wertschöpfung"), not a sum, whatever money verb says what the whole is.
        if (!match.Success && PartOfWhole().IsMatch(question)) return null;
        if (!match.Success && MoneyVerb().Match(question) is { Success: true } verb && PriceQuestion().IsMatch(question)) return new AskedUnit(verb.Value, Measure.Money);
        if (!match.Success) return AskedMoneyNoun(question) is { } noun ? new AskedUnit(noun, Measure.Money) : null;
        var unit = match.Groups["unit"];
        var counting = match.Groups["count"].Success;
        // "Wie viele geschützte Papageien", "How big was the medical team?": an adjective describes the noun after it,
        // which is what is counted (a German adjective is written lower case, its noun capitalised). After "wie groß ist der"
        // only a share's noun is taken so ("der indirekte Casinos-Anteil" is a percentage, not the sum "Invest" named later):
        // "die geschätzte Anzahl der Baumarten" is answered by "16.000 Arten", which no unit "Anzahl" would let answer.
        if (match.Groups["next"] is { Success: true } described && DescribesNext(unit.Value, described.Value, counting, match)) unit = described;
        // "Wie viele der neu installierten Geldautomaten …?", "Wie viele frisch gewählte Abgeordnete …?": an adverb before the
        // adjective leaves the counted noun one word further on ("neu" was read as what is counted).
        else if (counting && match.Groups["next"] is { Success: true } adjective && AdverbBeforeAdjective(unit.Value, adjective.Value, match)
                 && NounAfter().Match(question, adjective.Index + adjective.Length) is { Success: true } noun) unit = noun.Groups["noun"];
        var word = unit.Value;
        // "How many child support cases …?", "How many with-profits policyholders …?": an English noun phrase ends in the
        // counted noun; the words before it say what kind ("child" was read as what is counted, "with-profits" as money).
        string? modifier = null;
        if (counting && LanguageOf(match) == "en" && EnglishPhraseHead(question, unit.Index) is { } head && head != word) (modifier, word) = (word, head);
        // "Wie groß war die Delegation?", "How big was the team?": a group's size is a count of its people ("ein Team
        // aus 25 Ärzten", "a 40-strong delegation"), which any person noun shows.
        // "How big was the team's budget?" asks the budget.
        if (match.Groups["size"].Success && PersonNouns.IsGroupNoun(word) && !IsPossessive(question, unit)) return new AskedUnit(word, Measure.Count) { SizeOfGroup = true };
        // "How many of the migrants rescued by the Sirio were children?", "Wie viele der Migranten waren Kinder?": a part
        // of a whole is counted by the noun it is said to be; the whole only says among whom ("1,230 people" counts the whole).
        if (match.Groups["part"].Success && PartitiveNoun.Of(question, LanguageOf(match)) is { } part)
            return new AskedUnit(part, Measure.Count) { CountsThings = true, Whole = word };
        // "How many kinds of food can the printer work with?", "Wie viele Sorten Lebensmittel …?": a count of kinds is a count of
        // the sorted noun ("über 30 Lebensmittel"), which the article may write without the word of kind.
        if (counting && AskedHead.SortedBy(question, unit.Index) is { } sorted)
            return new AskedUnit(sorted, Measure.Count) { CountsThings = true, Modifier = word };
        // "How much prize money ...?": a compound's last noun says what is measured ("money"), not its first ("prize").
        if (match.Groups["next"] is { Success: true } next && (MoneyWord().IsMatch(next.Value) || MoneyNoun().IsMatch(next.Value) || PercentWord().IsMatch(next.Value)))
            word = next.Value;
        // "Wie viel kostet ...?", "How much was Neymar fined?": the verb says it is money.
        // "Besides Gerald Klug, how many others …?": a pronoun counts what the question is about, no noun of its own (CountPronouns).
        if (FunctionWords.IsFunctionWord(word) || FunctionWords.IsQuestionWord(word) || CountPronouns.Is(word) || DegreeWord().IsMatch(word) || (!counting && char.IsLower(word[0]) && LanguageOf(match) == "de")
            || (!counting && IsSubjectName(question, unit, LanguageOf(match), names)))
            return MoneyVerb().Match(question) is { Success: true } money ? new AskedUnit(money.Value, Measure.Money)
                : OfferVerb().Match(question) is { Success: true } offer ? new AskedUnit(offer.Value, Measure.Money)
                : !counting && SellerAsks().Match(question) is { Success: true } asks ? new AskedUnit(asks.Value, Measure.Money) : null;
        // "How much time remained?", "How many times ...?", "Wie viel Zeit ...?": a length of time or a frequency
        // ("17 seconds", "twice", "zweimal") names no counted thing.
        if (TimeOrFrequency().IsMatch(word)) return null;
        if (MoneyWord().IsMatch(word) || MoneyNoun().IsMatch(word) || PenaltyAskedHigh(match, word)) return new AskedUnit(word, Measure.Money);
        if (MoneyCompoundTail(word) is { } compound) return new AskedUnit(compound, Measure.Money);
        // "Wie hoch ist die Arbeitslosenquote?", "How high is the unemployment rate?": a rate is stated as a percentage
        // ("bei 6,7 Prozent"), which no sentence counting "Quoten" shows.
        if (PercentWord().IsMatch(word) || (ExpectedAnswerType.AsksForRate(question) && ExpectedAnswerType.IsRateWord(word))) return new AskedUnit(word, Measure.Percent);
        // "Mit wie viel Vorsprung …?", "Wie groß ist die Finanzierungslücke …?": German "wie viel" / "wie groß" before a
        // capitalised noun asks the size of what it names (OpenMeasure).
        var open = LanguageOf(match) == "de" && !counting && char.IsUpper(word[0]) && (match.Groups["amount"].Success || match.Groups["size"].Success);
        // "How large is the plot …?", "How big is the screen …?": English asks a thing's size by "how big / large is the",
        // given in a unit of measure ("a factory site measuring 250 acres"), not as a count of plots. Only in such a
        // unit: a group's size, a sum and a share were read above, and a sum of another deal ("floated for £200m") says
        // nothing of "how big was the payoff".
        var sizeOfThing = LanguageOf(match) == "en" && !counting && char.IsLower(word[0]) && match.Groups["size"].Success;
        return new AskedUnit(word, Measure.Count)
        {
            CountsThings = counting, Modifier = modifier, MeasuresStuff = match.Groups["amount"].Success || open || sizeOfThing, OpenMeasure = open,
        };
    }

    /// <summary>
    /// "Mit wie viel Vorsprung gewann er?", "Wie viel Minus machte die Sparte?", "Wie groß ist die Finanzierungslücke?":
    /// German "wie viel" and "wie groß" before a singular noun (not "wie viele", which counts) ask the size of what the
    /// noun names, and reports give it in whatever unit measures it, mostly without the noun: "23 Sekunden vor seinen
    /// Markenkollegen", "einen Verlust von 41 Millionen Euro", "eine halbe Milliarde Dollar". Any figure with a unit — a
    /// sum, a time, a unit of measure — states it (<see cref="StatesMeasureIn"/>). Not a share: "eine Steigerung um rund 60
    /// Prozent" says how the asked quantity changed or what part of it, not how much there is ("Wie viel Diesel wurde 2013
    /// verkauft?"); "wie viel Prozent" asks a share by its own word. One of the asked stuff
    /// ("Tonnen Zement") still goes first (<see cref="StatesStuffIn"/>). English writes the noun's size as "how much X"
    /// of stuff ("how much rain") and asks other sizes by their own words ("how far ahead", "how big a loss").
    /// </summary>
    public bool OpenMeasure { get; init; }

    /// <summary>
    /// Whether <paramref name="sentence"/> states the asked quantity: of the asked stuff (<see cref="StatesStuffIn"/>), or, for
    /// an <see cref="OpenMeasure"/>, any figure with a unit.
    /// </summary>
    public bool StatesMeasureIn(string sentence, Func<string, bool> isAskedStuff) =>
        StatesStuffIn(sentence, isAskedStuff) || (OpenMeasure && (StatedSum.IsIn(sentence, Currency()) || BareSum().IsMatch(sentence)
                                                                   || MeasureUnits.IsStatedIn(sentence, _ => true) || MeasureUnits.StatesDuration(sentence)));

    /// <summary>
    /// "How much rain fell?", "Wie viel Zement kann X produzieren?": "how much" of a noun that is no sum or share asks a
    /// quantity of stuff, which reports give in a unit of measure ("87 Liter pro Quadratmeter", "18,2 Millionen Tonnen")
    /// and often without the noun; a figure with such a unit shows the asked measure as the noun does (<see cref="MeasureUnits"/>).
    /// </summary>
    public bool MeasuresStuff { get; init; }

    /// <summary>
    /// Whether <paramref name="sentence"/> gives a quantity of the asked stuff in a unit of measure, for a question that
    /// asks one (<see cref="MeasuresStuff"/>); <paramref name="isAskedStuff"/> tells a noun the unit measures as the asked one.
    /// </summary>
    public bool StatesStuffIn(string sentence, Func<string, bool> isAskedStuff) => MeasuresStuff && MeasureUnits.IsStatedIn(sentence, isAskedStuff);

    /// <summary>
    /// The first word of an English phrase whose counted noun comes later ("PKK" of "PKK fighters", "lorry" of "lorry
    /// trips"): German writes the phrase as one compound ("260 PKK-Kämpfer", "60.000 Lkw-Fahrten"), of which a
    /// sentence may show only the first part; it shows the unit as the noun does (<see cref="Words"/>).
    /// </summary>
    public string? Modifier { get; init; }

    /// <summary>The words a sentence may show the unit by: the counted noun, and the first word of its phrase.</summary>
    public IReadOnlyList<string> Words => Modifier is null ? [Word] : [Word, Modifier];

    /// <summary>
    /// The counted noun of an English phrase after "how many" that starts at <paramref name="start"/>: its first lower-case
    /// word shaped like a plural or a word for people (<see cref="CountedWords.IsEnglishCountNoun"/>) before a function
    /// word or the clause's end ("Siemens employees should" → employees, "square miles large was" → miles, "kids died in"
    /// → kids). A capitalised word is a name that says whose, and a hyphenated word before another word says what kind
    /// ("with-profits policyholders"). Null when no word of the phrase is one.
    /// </summary>
    private static string? EnglishPhraseHead(string question, int start)
    {
        var end = start;
        var words = PhraseWord().Matches(question, start).ToList();
        for (var i = 0; i < words.Count && i < MaxPhraseWords; i++)
        {
            var word = words[i];
            if (word.Index > end && !string.IsNullOrWhiteSpace(question[end..word.Index])) break;
            if (FunctionWords.IsFunctionWord(word.Value, "en") || FunctionWords.IsQuestionWord(word.Value)) break;
            end = word.Index + word.Length;
            var modifiesNext = word.Value.Contains('-') && i + 1 < words.Count && string.IsNullOrWhiteSpace(question[end..words[i + 1].Index])
                               && !FunctionWords.IsFunctionWord(words[i + 1].Value, "en");
            if (char.IsLower(word.Value[0]) && !modifiesNext && CountedWords.IsEnglishCountNoun(word.Value)) return word.Value;
        }
        return null;
    }

    /// <summary>Words of a counted noun's phrase: "child support cases", "big internet service companies".</summary>
    private const int MaxPhraseWords = 4;

    [GeneratedRegex(@"\p{L}[\p{L}\-]*")]
    private static partial Regex PhraseWord();

    /// <summary>
    /// "How much extra does Apple give …?", "Wie viel mehr …?": a word of degree after "how much" names no measured thing;
    /// the question asks an amount (<see cref="AskedAmount"/>).
    /// </summary>
    [GeneratedRegex(@"^(extra|more|less|further|additional|zusätzlich|mehr|weniger)$", RegexOptions.IgnoreCase)]
    private static partial Regex DegreeWord();

    /// <summary>"neu installierten", "frisch gewählte": an adverb and an inflected adjective after "wie viele", before the counted noun.</summary>
    /// <remarks>
    /// A verb after "wie viele" ends in "n" ("kamen", "starben": "Wie viele kamen heute Abend?" counts no evenings); an
    /// adverb rarely does.
    /// </remarks>
    private static bool AdverbBeforeAdjective(string word, string next, Match match) =>
        LanguageOf(match) == "de" && char.IsLower(word[0]) && char.IsLower(next[0]) && !word.EndsWith('n') && !FunctionWords.IsFunctionWord(word)
        && !FunctionWords.IsFunctionWord(next) && InflectedAdjective().IsMatch(next);

    /// <summary>A German adjective's inflected ending ("installierten", "gewählte").</summary>
    [GeneratedRegex(@"\p{L}{3,}(e|en|er|es|em)$")]
    private static partial Regex InflectedAdjective();

    /// <summary>A capitalised word right after the position: the noun an adjective describes.</summary>
    [GeneratedRegex(@"\G\s+(?<noun>\p{Lu}[\p{L}\-]*)")]
    private static partial Regex NounAfter();

    /// <summary>
    /// The cue's word is an adjective of the noun after it: in German a lower-case word before a capitalised one after
    /// "wie viele" ("geschützte Papageien") or before a share's noun (<see cref="PercentWord"/>) after "wie groß ist der" ("der
    /// indirekte Casinos-Anteil");
    /// for a group's size ("how big was the medical team") any word before a group noun.
    /// </summary>
    private static bool DescribesNext(string word, string next, bool counting, Match match) =>
        !FunctionWords.IsFunctionWord(word) && !FunctionWords.IsFunctionWord(next)
        && ((LanguageOf(match) == "de" && (counting || (!match.Groups["amount"].Success && PercentWord().IsMatch(next)))
             && char.IsLower(word[0]) && char.IsUpper(next[0]))
            || (match.Groups["size"].Success && !PersonNouns.IsGroupNoun(word) && PersonNouns.IsGroupNoun(next)));

    /// <summary>
    /// "wie viel Siemens von der Bahn fordert", "how much Siemens wants from the railway": a name right after "wie viel" /
    /// "how much" is who asks or pays, not what is measured (a mass noun: "Geld", "Strom", "money"). Only with a
    /// dictionary, which tells names from nouns; a word of money, shares or time is always the measure. "Wie viele
    /// Oscars" counts a name, so only the amount cue ("viel", "much") is read this way.
    /// </summary>
    private static bool IsSubjectName(string question, Group unit, string language, NameDetector? names)
    {
        var word = unit.Value;
        if (names is not { HasLexicon: true } || !char.IsUpper(word[0]) || NameDetector.IsAcronym(word)) return false;
        if (MoneyWord().IsMatch(word) || MoneyNoun().IsMatch(word) || PercentWord().IsMatch(word) || TimeOrFrequency().IsMatch(word)) return false;
        return names.Positions(question, language).Any(p => p.Index == unit.Index) && names.IsNameInQuestion(word, language);
    }

    /// <summary>
    /// "What's the budget for the film?", "Was bekommt die Moderatorin an Gage?": a what-question about a sum of money
    /// by its noun asks for the sum, as "how much" does (abstain: "the rights were bought for a seven-figure sum" does
    /// not answer it). The noun must stand on its own: "Was sagte der Steuerberater?" asks no sum.
    /// </summary>
    private static string? AskedMoneyNoun(string question)
    {
        var noun = AskedNoun().Match(question);
        if (noun.Success && IsMoneyNoun(noun.Groups["noun"].Value)) return SumWord(noun.Groups["noun"].Value);
        // "Mit welchem operativen Minus rechnet X?", "Welche Entschädigung soll Linz zahlen?", "What salary does X earn?":
        // a which-question whose noun is a sum asks the sum, not a name. Nouns that also name a kind ("Welche Steuer …?",
        // "Welchen Schaden richtete der Sturm an?") stay out: there "which" picks the kind.
        var which = WhichNoun().Match(question);
        if (which.Success && IsMoneyNoun(which.Groups["noun"].Value) && !KindOfMoney().IsMatch(which.Groups["noun"].Value)) return SumWord(which.Groups["noun"].Value);
        // "Was bekommt Anne Will an Gage dafür, dass sie …?": the German "an" names what is measured of a what-question
        // wherever a clause follows it.
        return WhatQuestion().IsMatch(question) && MeasuredByAn().Matches(question).Select(m => m.Groups["noun"].Value).FirstOrDefault(IsMoneyNoun) is { } measured
            ? measured : null;
    }

    /// <summary>Whether a what-question asks a sum by its noun (<see cref="AskedMoneyNoun"/>): "What is the prize money for …?".</summary>
    public static bool AsksSumByNoun(string question) => AskedMoneyNoun(question) is not null;

    /// <summary>A noun of a sum: "budget", "Gage", and a compound ending in a word of money ("prize money", "Preisgeld").</summary>
    private static bool IsMoneyNoun(string word) =>
        MoneyNoun().IsMatch(word) || RoleMoneyWord().IsMatch(word) || MoneyWord().IsMatch(word) || MoneyCompoundTail(word) is not null;

    /// <summary>The word a sum is asked by: a compound's sum part ("budget" of "Jahresbudget"), else the noun itself.</summary>
    private static string SumWord(string noun) => MoneyCompoundTail(noun) ?? noun;

    /// <summary>
    /// "Über welches Jahresbudget verfügt …?", "Welche Geldstrafe droht …?", "Wie hoch ist das Heeresbudget?": a German
    /// compound whose last part is a sum asks that sum, as the bare noun does ("budget", "Strafe" of money); its first
    /// part only says whose or for what, and the article may word it otherwise ("a £2.5m annual budget", "eine
    /// Geldstrafe von 110 Euro"). Read as no unit, the which-question asked a name and the sentence restating the
    /// question led. A "Strafe" is a sum only after "Geld" ("Haftstrafe" is a prison term); a toll in a compound ("Pkw-Maut",
    /// "Autobahnmaut") is the "Maut" asked.
    /// </summary>
    /// <returns>The sum part, which a sentence must show as the sum's role (<see cref="HasRole"/>), or null.</returns>
    private static string? MoneyCompoundTail(string word) => MoneyCompound().Match(word) is { Success: true } compound ? compound.Groups["tail"].Value : null;

    [GeneratedRegex(@"^[\p{L}\-]{2,}?(?<tail>budgets?|etats?|maut)$|^\p{L}*geld(?<tail>strafen?|bußen?|bussen?)$", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyCompound();

    [GeneratedRegex(@"^\s*was\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatQuestion();

    /// <summary>
    /// The noun a which-question asks of: German "(Mit|Ab|Für …) welchem (adjectives) Noun" — the first capitalised word,
    /// not the first part of a hyphenated compound ("Welche Euro-Länder …"); English "which/what (one word) noun" right
    /// before the verb, so "Which loss-making firm …" and "Which revenue source …" are not read as a sum.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:\p{L}+\s+)?[Ww]elche[mnrs]?\s+(?:\p{Ll}\p{L}*\s+){0,2}(?<noun>\p{Lu}\p{L}+)(?![\p{L}\-])"
        + @"|^\s*(?:\p{L}+\s+)?(?:[Ww]hich|[Ww]hat)\s+(?:\p{L}+\s+)?(?<noun>\p{L}+)\s+(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|should|might|must)\b")]
    private static partial Regex WhichNoun();

    /// <summary>Nouns of money that also name a kind (a tax, a grant, a damage done): "Welche Steuer …?" asks which one.</summary>
    [GeneratedRegex(@"(steuer|steuern|tax|taxes|förderung|zuschuss|zuschüsse|subvention|subventionen|grant|grants|subsidy|subsidies|rente|renten|pension|pensions|schaden|schäden|belohnung|reward|schulden|debt|debts|geld|money|dollar|euro|pfund|pounds)$", RegexOptions.IgnoreCase)]
    private static partial Regex KindOfMoney();

    [GeneratedRegex(@"\ban\s+(?<noun>\p{Lu}\p{L}+)")]
    private static partial Regex MeasuredByAn();

    /// <summary>The noun a what-question asks the value of: "What's the budget for …", "What is her fee?", "Was ist die Miete …", "Was bekommt X an Gage?".</summary>
    [GeneratedRegex(@"^\s*(?:what(?:'s|’s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)\s+(?:" + ArticleAlternations.EnglishDefiniteOrPossessive + @")\s+(?:\p{L}+\s+)?(?<noun>\p{L}+)\s*(?:\?|\s(?:for|of|on|in|at|to)\b)|was\s+(?:ist|war|sind|waren|beträgt|betrug)\s+(?:" + ArticleAlternations.GermanDefiniteOrPossessive + @")\s+(?<noun>\p{L}+)|was\b.*\ban\s+(?<noun>\p{L}+)\s*\?\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex AskedNoun();

    /// <summary>
    /// A money question whose word says what the sum is for ("save", "budget", "Gage", "Umsatz"), not only that it is one
    /// ("Geld", "cost", "kostet", "paid", "salary"): a sum in another role ("its $4.5bn acquisition") does not answer it.
    /// Words of price and pay are left out: articles state prices and pay in many words ("verdient", "a salary of"), and
    /// so are compounds of "Geld" ("Werbegeld": "111 Millionen Euro fließen in die Radios") and of "Schaden" ("Gesamtschaden"
    /// is stated as "ein Schaden von …" or "die Kosten"; what a sentence calls it says nothing of whether its sum is the damage).
    /// </summary>
    public bool HasRole => Kind == Measure.Money && !GenericMoney().IsMatch(Word);

    [GeneratedRegex(@"^\p{L}*(geld|money|schaden|schäden)$|^(kost\w*|gekost\w*|cost\w*|pay\w*|paid|zahl\w*|bezahl\w*|worth|wert|preis|price|prices|betrag|summe|sum|amount|dollar|dollars|euro|pfund|pounds|fined?|fines|strafe\w*|buße\w*|busse\w*|charge|charges|charging|verlang\w*|teuer|expensive|costly|(sell|sells|sold|selling)\s+for|fetch\w*|verdien\w*|earn\w*|wage|wages|lohn|gehalt|salary|salaries|einkommen|income|minus|ersparnis|ersparnisse|savings)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericMoney();

    [GeneratedRegex(@"^(gewinn|profit|profits|umsatz|revenue|revenues|turnover|verlust|verluste|loss|losses|fee|fees|gebühr|gebühren|minus)$", RegexOptions.IgnoreCase)]
    // "Minus" (a loss) is here, not in MoneyNoun: "Wie viel Minus …?" asks an open size (euros or percent), while
    // "Mit welchem operativen Minus …?" names the sum.
    private static partial Regex RoleMoneyWord();

    /// <summary>"How many X": things are counted, so a sum of money or a share does not answer ("how much profit" may be either).</summary>
    public bool CountsThings { get; init; }

    /// <summary>
    /// "Wie viele Leute / Menschen / Personen", "How many people": a count of people, which any person noun shows
    /// ("50.000 Beschäftigte", "3,200 staff"; <see cref="PersonNouns"/>), in either language, and a count of things does not.
    /// </summary>
    public bool CountsPeople => Kind == Measure.Count && (PersonNouns.IsGeneric(Word) || SizeOfGroup);

    /// <summary>
    /// The whole a partitive count picks its part from ("migrants" of "How many of the migrants were children?"); the
    /// counted noun is the part, so a count of the whole, or of any other people, does not answer it. Null otherwise.
    /// </summary>
    public string? Whole { get; init; }

    /// <summary>"How big was the delegation?": the size of a group of people, a count of them (<see cref="PersonNouns.IsGroupNoun"/>).</summary>
    public bool SizeOfGroup { get; init; }

    /// <summary>Whether <paramref name="sentence"/> names people, for a question that counts them (<see cref="CountsPeople"/>).</summary>
    public bool NamesPeopleIn(string sentence) => CountsPeople && PersonNouns.AreNamedIn(sentence);

    /// <summary>
    /// Whether <paramref name="sentence"/> says, by who the people it counts are, what a people count asks them to do:
    /// "employs 3,200 staff" for "How many people work at X?" (<see cref="PersonNouns.ShowsAskedVerb"/>).
    /// </summary>
    public bool ShowsPeoplesVerbIn(string sentence) => CountsPeople && PersonNouns.ShowsAskedVerb(Question, sentence);

    /// <summary>
    /// Whether a figure's noun <paramref name="word"/> counts the asked people by the act the question asks about: "8.000
    /// Unterschriften" for "How many people signed …?", "5,2 Millionen Stimmen" for "Wie viele Wähler haben … gestimmt?"
    /// (<see cref="ActTallies"/>); by a person noun, only its doers are so counted ("11 arrests" are not the asked "fans").
    /// Not for a part of a whole ("How many of the voters …?"), which its own noun counts.
    /// </summary>
    public bool CountsActorsBy(string word) => Kind == Measure.Count && (CountsPeople || CountsByPersonNoun) && Whole is null && ActTallies.CountsActorsOf(Question, Word, CountsPeople, word);

    /// <summary>
    /// Whether <paramref name="sentence"/> says what a price question's verb asks in words of its own: "Was kostet der neue
    /// 8-Megabit-Anschluss?" is answered by "The service comes with a hefty £39.99 monthly price tag", which writes no form
    /// of "kosten" or its translation. The sentence must state a sum and say that the sum is a price
    /// (<see cref="PricedThing.SaysPriceIn"/>: "price tag", "Eintrittsgebühr", "für 50 Dollar"), as "employs 3,200 staff"
    /// shows the work a people count asks about (<see cref="ShowsPeoplesVerbIn"/>). Any sum is not enough: "A £100,000
    /// reward has been offered" says nothing of what the stolen jewellery was worth, nor "Gates pledged $750m" of what
    /// Microsoft paid. Only for the verbs of price and pay (<see cref="MoneyVerbs.PriceAndPay"/>).
    /// </summary>
    public bool ShowsPriceVerbIn(string sentence) =>
        Kind == Measure.Money && PriceVerb().IsMatch(Word) && IsStatedIn(sentence) && PricedThing.SaysPriceIn(sentence);

    [GeneratedRegex(@"^(" + MoneyVerbs.PriceAndPay + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex PriceVerb();

    /// <summary>
    /// "Wie viele Stimmen bekam Khol?", "How many seats did the party win?": votes and seats are reported as a share as often
    /// as a count ("nur 11,12 Prozent für ÖVP-Kandidat Andreas Khol"), and the share answers as the count does.
    /// </summary>
    public bool AcceptsShare => Kind == Measure.Count && VoteNoun().IsMatch(Word);

    /// <summary>Whether <paramref name="sentence"/> gives a share of what a vote count asks (<see cref="AcceptsShare"/>).</summary>
    public bool StatesShareIn(string sentence) => AcceptsShare && Percent().IsMatch(sentence);

    [GeneratedRegex(@"^(stimmen|wählerstimmen|votes|ballots|seats|sitze|mandate|parlamentssitze|sessel)$", RegexOptions.IgnoreCase)]
    private static partial Regex VoteNoun();

    /// <summary>
    /// The question asks a percentage by the noun of a share ("Wie groß ist der Anteil der All-in-Verträge …?", "Auf welchen
    /// Marktanteil …?"), not by "Prozent" itself: news states that share beside its noun ("liege der Anteil bei 27 Prozent").
    /// </summary>
    public bool AsksShareByNoun => Kind == Measure.Percent && ShareNounWord().IsMatch(Word);

    [GeneratedRegex("^(" + PercentWords.ShareNoun + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareNounWord();

    /// <summary>Whether a sentence's text states this kind of measure (for money and percentages; counts go by their terms).</summary>
    public bool IsStatedIn(string text) => Kind switch
    {
        Measure.Money => StatedSum.IsIn(text, Currency()) || BareSum().IsMatch(text),
        Measure.Percent => Percent().IsMatch(text),
        Measure.Physical => MeasureUnits.IsStatedIn(text, Family!),
        Measure.Score => MatchScores.IsIn(text) || Tally().IsMatch(text) || (AsksVoteResult && Percent().IsMatch(text)),
        _ => false,
    };

    /// <summary>
    /// A score asked of an election or a vote ("Mit welchem Ergebnis wurde die Grünen-Chefin 2009 an die Parteispitze
    /// gewählt?", "What was the result of the referendum?"): news gives that result as the share of the votes ("mit 97,4
    /// Prozent gewählt", "61% voted yes") as often as a tally; a match's score is never a share. Only when the question
    /// asks the result itself: "Wann lag das amtliche Endergebnis der Gemeinderatswahl vor?" names it, and any share of
    /// the topic's articles ("3,07 Prozent des BIP") answered it (probe 45-040).
    /// </summary>
    private bool AsksVoteResult => Kind == Measure.Score && VoteCue().IsMatch(Question) && !OtherQuestionWord().IsMatch(Question);

    [GeneratedRegex(@"^\W*(wann|bis\s+wann|seit\s+wann|wo|wer|warum|weshalb|wieso|when|where|who|why)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherQuestionWord();

    // Not "Auswahl" (a national or select team: "die deutsche Auswahl", "U21-Auswahl"), whose match score no share states.
    [GeneratedRegex(@"\b(?!\p{L}*auswahl)(\p{L}*wahl|\p{L}*wahlen|gewählt|wiedergewählt|\p{L}*abstimmung|abgestimmt|votums?|referendums?|elected|re-elected|election|votes?|voted|ballot|poll)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VoteCue();

    [GeneratedRegex(@"\b(wie|how)\s+(?<word>teuer|expensive|costly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Expensive();

    /// <summary>A vote's tally: "by 229 votes to 206", "mit 54 zu 46 Stimmen", "54 zu 46".</summary>
    [GeneratedRegex(@"\d+\s+((votes?|stimmen)\s+)?(to|zu|gegen|against)\s+\d+", RegexOptions.IgnoreCase)]
    private static partial Regex Tally();

    private static bool IsPossessive(string question, Group word)
    {
        var end = word.Index + word.Length;
        return end < question.Length && question[end] is '\'' or '’';
    }

    private static string LanguageOf(Match match) => match.Value.StartsWith("wie", StringComparison.OrdinalIgnoreCase) ? "de" : "en";

    /// <remarks>
    /// A lower-case word after "wie viel" is the verb ("Wie viel verdiente ..."): German nouns are capitalised. "Wie viele
    /// der 200 Beschäftigten", "How many of the 200 staff": the counted thing follows the part of a whole.
    /// </remarks>
    [GeneratedRegex(@"\b((?<count>(how\s+many|wie\s*viele[nrs]?)(?<part>\s+(der|von\s+den|seiner|ihrer|of\s+(" + ArticleAlternations.EnglishDefiniteOrPossessive + @"))(\s+[\d.,]+)?)?)|(?<amount>how\s+much|wie\s*viel)|(wie\s+hoch|(?<size>wie\s+groß))\s+(ist|war|sind|waren|wäre)\s+(" + GermanFunctionWords.DefiniteArticleAlternation + @")|how\s+(?:(?<size>big|large)|high)\s+(is|was|are|were)\s+the)\s+(?<unit>\p{L}[\p{L}\-]*)(\s+(?<next>\p{L}[\p{L}\-]*))?", RegexOptions.IgnoreCase)]
    private static partial Regex UnitCue();

    /// <remarks>
    /// Verbs whose "how much" is a sum of money: prices and pay, and what is saved, spent, raised, invested, lost or set
    /// aside ("How much will the ministry save …?" is not answered by "10 posts were closed"; "How much has X put aside?"
    /// by a sum in another role, with "aside" as the role a sentence must show).
    /// </remarks>
    [GeneratedRegex(@"\b(" + MoneyVerbs.PriceAndPay + @"|verdient|verdiente|earn|earns|earned|fined"
        + @"|save|saves|saved|saving|spend|spends|spent|spending|raise|raises|raised|raising|invest|invests|invested|investing"
        // German verb forms in lower case only: a capitalised "Sparte" is a noun (a company's division), no saving.
        + @"|(?-i:spart|sparte|sparen|gespart|einsparen|eingespart|ausgeben|ausgegeben|investiert|investierte|investieren|einnehmen|eingenommen)"
        // "Was muss X an Strafe zahlen?", "Was mussten die Journalisten zahlen?": the infinitive after a modal verb (in
        // lower case: "Was sagen die Zahlen?" asks no sum).
        + @"|(?-i:zahlen)|gezahlt|(?<=\b(set|sets|setting|put|puts|putting)\s+)aside"
        // "What will Google charge for its tablet?": the bare verb after an auxiliary and its subject asks a price; not
        // "charged" ("What was he charged with?"), the noun "charges", nor a charge brought "with" a crime ("What did
        // police charge him with?").
        + @"|(?<=\b(will|would|does|do|did|could|can|might|should)\s+(\p{L}+\s+){1,3})charge(?![^?]*\bwith\b))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyVerb();

    /// <summary>
    /// "How much is Virgin Radio charging listeners …?", "Wie viel verlangt X für die Domain?": what a seller asks is a
    /// price ("7.2MB of data" answered it). Only after "how much" / "wie viel" (not "how many"): "What charges did he face?"
    /// asks no sum, nor a charge brought "with" a crime. The bare "charge" after an auxiliary is <see cref="MoneyVerb"/>'s.
    /// </summary>
    [GeneratedRegex(@"\b(charges|charging|(?-i:verlangt|verlangte|verlangen))\b(?![^?]*\bwith\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SellerAsks();

    /// <summary>
    /// "How much did DMGT offer for a stake?": what "how much" asks of a bid is a sum, not "circulation up by 20% to
    /// 260,000", and one the answering sentence calls an offer or bid ("a 530 pence-per-share offer"), not "a deal worth
    /// 25m euros" (<see cref="HasRole"/>). Only after "how much": "What price per share is X offering?" asks the price.
    /// </summary>
    [GeneratedRegex(@"\b(offer|offers|offered|offering|bid|bids)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfferVerb();

    /// <summary>
    /// "Zu welchem Preis wurde das Hotel verkauft?", "At what price ...?": a sum of money, so "das Hotel wurde weit unter
    /// Wert verkauft" (no amount) does not answer it. A bare "welchen Preis" may be an award and is left to the rest.
    /// </summary>
    /// <remarks>
    /// A compound ending in "Summe" or "Betrag" names a sum as well ("Für welche Ablösesumme …?", "zu welchem Kaufbetrag");
    /// one ending in "Preis" may be an award ("Für welchen Literaturpreis …?") and stays out. "What minimum price had the
    /// family put on the tapes?": an English what-question opening on a price, past one word that says which, asks the sum
    /// just as well (German "Welchen Preis …?" stays out for the same reason).
    /// </remarks>
    [GeneratedRegex(@"\b(zu|für|at|for)\s+(welche[mnr]?|what|which)\s+(?<unit>preis|\p{L}*betrag|\p{L}*summe|price|sum|amount|cost)\b"
        + @"|^\s*what\s+(?:[a-z]+\s+)?(?<unit>price|sum|amount)\b(?!\s+of\b)"
        // "Zu welchem Stückpreis …?", "zu welchem Kaufpreis": after "zu" a compound of "Preis" is a price, no award
        // ("Für welchen Literaturpreis …?" stays out).
        + @"|\bzu\s+welchem\s+(?<unit>\p{L}+preis)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskedPrice();

    /// <summary>
    /// "How much was the bail …?", "How much is the fine?", "How big a payout …?": the noun a "how much" question asks the
    /// size of, after a form of "be" and a determiner, or after "how big a" (at most one word before it: "a retirement payout").
    /// </summary>
    [GeneratedRegex(@"\bhow\s+(?:much\s+(?:is|was|are|were|will\s+be|would\s+be)\s+(?:" + ArticleAlternations.EnglishDefiniteOrPossessive + @")|(?:big|large)\s+an?)\s+(?<noun>[\p{L}\-]+)(?:\s+(?<noun>\p{L}+))?", RegexOptions.IgnoreCase)]
    private static partial Regex SizedMoneyNoun();

    [GeneratedRegex(@"(summe|betrag|preis)$", RegexOptions.IgnoreCase)]
    private static partial Regex SumTail();

    /// <summary>"What share of …", "Which proportion of …", "Welcher Anteil …": the question asks a part of a whole.</summary>
    [GeneratedRegex(@"^\s*(what|which)\s+(share|proportion|percentage|fraction|part)\s+of\b|^\s*(welche[nrs]?|wie\s+(groß|hoch)\s+(ist|war)\s+der)\s+(anteil|prozentsatz)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfWhole();

    /// <summary>"What was X worth?", "Was kostet ...?": a price question without "how much".</summary>
    [GeneratedRegex(@"^\s*(what|was)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PriceQuestion();

    /// <remarks>
    /// Profit, turnover and losses are sums of money too: "Wie viel Gewinn machte die Firma 2010?" is not answered by
    /// "Gewinner der Jahre 2010" (the stemmer makes both "gewinn") nor by a count. So is a German damage ("Wie groß war
    /// der Gesamtschaden, den der Einbrecher angerichtet hat?", "Wie hoch ist der Sachschaden?"): German news states a
    /// Schaden in euros ("einen Schaden von bis zu 20 Millionen Euro"), and "gestand 67 Einbruchsdiebstähle" counts the
    /// break-ins, not the damage. English "damage" stays out: "How much damage …?" is as often told in what was destroyed.
    /// </remarks>
    [GeneratedRegex(@"(geld|money|fee|fees|gebühr|summe|betrag|lohn|gehalt|salary|wage|prämie|bonus|dollar|euro|pfund|pounds|gewinn|profit|profits|umsatz|revenue|revenues|turnover|verlust|verluste|loss|losses|schaden|schäden|einkommen|income|ersparnis|ersparnisse|savings|kosten|costs)$", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyWord();

    /// <summary>
    /// What is paid out or owed is a sum of money too: "How much compensation are the 40 laid-off miners getting?" is
    /// not answered by "a 30-day consultation period", "40 jobs, 12% of staff" or "employs 320 miners". Whole words
    /// (unlike <see cref="MoneyWord"/>'s endings: "tax" ends "syntax").
    /// </summary>
    [GeneratedRegex(@"^(compensation|damages|payout|payouts|payment|payments|severance|redundancy|pension|pensions|rent|budget|grant|grants|subsidy|subsidies|funding|debt|debts|tax|taxes|fine|fines|bail|ransom|reward|budgets"
        + @"|entschädigung|entschädigungen|abfindung|abfindungen|schadenersatz|schadensersatz|schmerzensgeld|miete|rente|renten|etat|förderung|zuschuss|zuschüsse|subvention|subventionen|schulden|steuer|steuern|kaution|belohnung|honorar|gage|ablöse|strafzahlung"
        // "Wie hoch ist die Maut …?": a toll is a sum, not a count (a fine, "Geldstrafe", is read by MoneyCompound).
        // English "toll" stays out: "How high was the death toll?" asks a count.
        + @"|maut)$", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyNoun();

    /// <summary>
    /// "Wie hoch ist die Strafe, die … droht?": a penalty asked by "wie hoch" is a fine, a sum (a prison term is asked
    /// "wie lange", "zu welcher Haftstrafe"); "Strafe" alone also names a prison sentence, so only after "wie hoch".
    /// </summary>
    private static bool PenaltyAskedHigh(Match cue, string word) =>
        HighCue().IsMatch(cue.Value) && PlainPenalty().IsMatch(word);

    [GeneratedRegex(@"^(strafe|strafen)$", RegexOptions.IgnoreCase)]
    private static partial Regex PlainPenalty();

    [GeneratedRegex(@"^wie\s+hoch\b", RegexOptions.IgnoreCase)]
    private static partial Regex HighCue();

    [GeneratedRegex(@"^(time|times|zeit|mal|male)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOrFrequency();

    /// <summary>
    /// "Wie hoch war der Prozentsatz …?", "How high was the percentage …?": the noun for a share asks a percentage as "Prozent"
    /// does; so does a share of something ("Wie groß ist der indirekte Casinos-Anteil der LLI?" was read as a sum, by "Invest").
    /// </summary>
    [GeneratedRegex("^(" + PercentWords.Percent + "|" + PercentWords.ShareNoun + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex PercentWord();

    /// <remarks>
    /// A currency's hundredths are a sum too: "Pro Kind stehen nur 38 Cent pro Monat zur Verfügung", "530 pence a share";
    /// not the "cent" of "two per cent", a share.
    /// </remarks>
    [GeneratedRegex(CurrencyWords.Sign + @"|\b(" + CurrencyWords.Names + @"|(?<!\bper[\s-])(?:" + CurrencyWords.Coins + @"))\b|\d\s*(mio|mrd|bn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Currency();

    /// <summary>
    /// "In absoluten Zahlen werden 2020 13,18 Milliarden aufzuwenden sein": German news leaves out the currency of a sum
    /// the article is about; millions or billions that count no noun after them are that sum (entype).
    /// </summary>
    [GeneratedRegex(@"\d\s+(Milliarden|Millionen|Mrd\.|Mio\.)(?!\s+\p{Lu})")]
    private static partial Regex BareSum();

    [GeneratedRegex(@"%|\b(" + PercentWords.Percent + "|" + PercentWords.Points + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();
}
