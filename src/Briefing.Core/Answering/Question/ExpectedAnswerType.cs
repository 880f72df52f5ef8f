using System.Text.RegularExpressions;
using Briefing.Core.Caching;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// Reads the expected <see cref="AnswerType"/> from a German or English question's interrogative phrase
/// ("wie viele", "how much", "wann", "in which year", "wer", "where", "which company").
/// </summary>
internal static partial class ExpectedAnswerType
{
    /// <summary>
    /// The type read once per question: the generator, the unit reader (through <see cref="AsksForRate"/>), the candidates
    /// and the covering lead each ask it of the same question, and each reading runs some thirty regular expressions.
    /// </summary>
    private const int MaxCached = 1024;
    private static readonly BoundedCache<string, AnswerType> Cache = new(MaxCached, StringComparer.Ordinal);

    public static AnswerType Of(string question) => Cache.GetOrAdd(question, Read);

    private static AnswerType Read(string question)
    {
        if (ReasonCue().IsMatch(question)) return AnswerType.Reason;
        if (OccupationCue().IsMatch(question)) return AnswerType.Occupation;
        // "Als Wievielte kam sie ins Ziel?", "What place did X finish in?", "Who was runner-up?": a place in a ranking.
        // "Zum wievielten Mal …?" counts times ("zum dritten Mal", OrdinalSeries), as "Wie oft …?" does; it is no place in a ranking.
        if (OrdinalSeries.AsksWhichTime(question)) return AnswerType.Number;
        if (RankCue().IsMatch(question)) return AnswerType.Rank;
        // "Gegen wen verlor Rapid?", "Who beat X?": the other side, a team or a person.
        if (OpponentCue().IsMatch(question)) return AnswerType.Opponent;
        if (DurationCue().IsMatch(question) || AskedPrisonTerm.IsAsked(question)) return AnswerType.Duration;
        // "How far west would the line go?", "Wie weit nach Osten reicht die Strecke?": how far in a direction asks for the
        // place reached ("as far as Maidenhead"), not a distance.
        if (FarInADirection().IsMatch(question)) return AnswerType.Place;
        // "What are numbers greater than 1 … called?", "Wie nennt man, wie viele …?" ask a term (AskedTerm), not a figure;
        // read as none further down (AskedUnit reads the type back through AsksForRate).
        if ((NumberCue().IsMatch(question) && !AwardCue().IsMatch(question)) || QuantityNounCue().IsMatch(question) || PriceCue().IsMatch(question) || TallyCue().IsMatch(question) || AskedLevel.IsAsked(question)
            || MeasureCue().IsMatch(question) || MeasureUnits.FamilyAskedBy(question) is not null || AskedAge.IsAsked(question))
            return AskedTerm.IsAsked(question) ? AnswerType.Other : AnswerType.Number;
        // "What was the unemployment rate in May?", "Was war die Inflationsrate?": a rate is a figure.
        if (WhatIs().IsMatch(question) && RateCue().IsMatch(question) && !ExchangeRate().IsMatch(question)) return AnswerType.Number;
        // "What is the prize money for the award?", "What's the budget for the film?": a sum asked by its noun is a
        // figure; read as no type, the sentence restating the question led, not the one with the sum.
        if (AskedUnit.AsksSumByNoun(question)) return AnswerType.Number;
        // "What did Americans spend in shops over the year?", "Was verdient man in der Gastronomie?": the unit reader's verbs
        // of saving, spending and earning ask a sum in a what-question as "cost" and "pay" do (one list, MoneyVerbs and
        // AskedUnit); not "What was the money spent on?", which asks what it went to.
        if (AskedUnit.Of(question) is { Kind: AskedUnit.Measure.Money } && !EndsWithPreposition().IsMatch(question)) return AnswerType.Number;
        if (DateCue().IsMatch(question) && !WhenClause(question)) return AnswerType.Date;
        if (OrganisationCue().IsMatch(question)) return AnswerType.Organisation;
        if (PlaceCue().IsMatch(question)) return AnswerType.Place;
        // "Wie hieß der Pensionist ...?", "What was the name of the pilot?": a name, of a person unless an organisation or place noun follows.
        // "Wie heißt das Album ...?" names a thing, not a person: the noun after the article says which.
        // "What is PewDiePie's real name?", "Wie lautet der bürgerliche Name von Falco?": the name a person is born or
        // registered with, which the article writes as a person's name ("mit bürgerlichem Namen Felix Kjellberg").
        if (RealNameCue().Match(question) is { Success: true } realName) return NamedKind(question[(realName.Index + realName.Length)..]);
        if (NameCue().Match(question) is { Success: true } name) return NamedKind(question[(name.Index + name.Length)..], ThingAfter(question, name) is null ? AnswerType.Person : AnswerType.Named);
        // "What is the film called?", "What will the new company be called?": a name — a title, a company's name — not
        // the sentence that best restates the question.
        if (CalledCue().Match(question) is { Success: true } called) return NamedKind(called.Groups["thing"].Value, AnswerType.Named);
        // "Welcher Richter ...?" asks for a person; "Which film ...?" for a name or phrase next to its head noun.
        if (AskedHead.Of(question) is { } head) return NameContext.IsPersonTitle(head) ? AnswerType.Person : AnswerType.Named;
        // "What player punched the ball in?" asks as "Which player …?" does (WhatPersonNoun).
        if (WhatPersonNoun.Of(question) is not null) return AnswerType.Person;
        if (AsksWho(question)) return AnswerType.Person;
        // "What is Anna Berg's constituency?", "Was ist die Heimatstadt von X?": a place asked by its role for someone.
        if (PlaceRoleCue().IsMatch(question)) return AnswerType.Place;
        return AnswerType.Other;
    }

    /// <summary>
    /// A bare who-question ("Wer analysiert Bohrkerne?", "Die in Westminster behandelten Themen können von wem nicht behandelt
    /// werden?"): the person interrogative alone, with no name asked ("Wie hieß der Pensionist …?") and no head noun
    /// ("Welcher Richter …?"). Its answer is often a common noun ("Stratigraphen", "das schottische Parlament").
    /// </summary>
    public static bool AsksWhoBare(string question) =>
        Of(question) == AnswerType.Person && AsksWho(question) && !NameCue().IsMatch(question) && AskedHead.Of(question) is null;

    /// <summary>
    /// A person interrogative that is one ("wer", "who", "whom"): not "Who" capitalised after a capitalised word, which is
    /// part of a name — "What does Doctor Who do when his body is mortally damaged?", "When did The Who split up?" ask no person.
    /// </summary>
    private static bool AsksWho(string question) => PersonCue().Matches(question).Any(m => !IsNamePart(question, m));

    private static bool IsNamePart(string question, Match who)
    {
        if (!char.IsUpper(who.Value[0]) || who.Index < 2 || question[who.Index - 1] != ' ') return false;
        var before = question.AsSpan(0, who.Index - 1);
        var start = before.LastIndexOf(' ') + 1;
        return before.Length > start && char.IsUpper(before[start]) && char.IsLetter(before[^1]);
    }

    [GeneratedRegex(@"\b(how\s+far\s+(north|south|east|west|inland|upstream|downstream)|wie\s+weit\s+(nach\s+)?(norden|süden|osten|westen|landeinwärts))\b", RegexOptions.IgnoreCase)]
    private static partial Regex FarInADirection();

    /// <remarks>
    /// "Welche Lohnerhöhung", "what pay rise": a noun of a change in amount, also as a compound's tail, asks for the
    /// figure. "Zu welchem Preis" is a price; "Mit welchem Preis wurde sie ausgezeichnet?" an award, named.
    /// "Wie oft …?", "How often …?" count the times something happened ("mehr als 800-mal", "15 Mal in Folge"), as
    /// "how many times" does: read as no type, the sentence restating the question led, not the one with the count.
    /// "Auf welchen Satz senkt ...?", "Welchen Steuersatz ...?", "In welcher Höhe ...?": a rate or sum, not a name ("Welcher
    /// Satz im Vertrag ...?" asks a sentence).
    /// "Welche Arbeitslosenquote meldete Eurostat?", "Mit welchem jährlichen Wachstum rechnet er?", "Welches Plus hatten Ökonomen erwartet?", "What stake does the fund
    /// say it speaks for?", "What rate …?": a rate, a growth or a stake is a figure (a percentage), not a name; read as a name,
    /// the sentence naming who reported it led.
    /// </remarks>
    [GeneratedRegex(@"\b(wie\s*viele?n?|wie\s+oft|how\s+often|wie\s+lang|wie\s+hoch|wie\s+groß|wie\s+gross|wie\s+weit|wie\s+alt|wie\s+schnell|wie\s+teuer|wie\s+schwer|wie\s+viel\s+prozent|welche[rn]?\s+\p{L}*(anteil|betrag|summe|preis|zahl|erhöhung|steigerung|senkung|kürzung)(e|en|n|s)?|(auf|zu|um)\s+welche[nmr]?\s+satz|welche[nmr]?\s+\p{L}*(steuer|zins|beitrags)satz|in\s+welcher\s+höhe|(zu|für)\s+welchem\s+(preis|betrag)|how\s+(many|much|high|big|large|far|old|fast|tall|heavy)|(what|which)\s+(\p{L}+\s+)?(percentage|share|proportion|stake|rate|amount|price|sum|number|increase|rise|raise|cut)s?|welche[mnrs]?\s+(\p{L}+\s+)?(\p{L}*(quote|wachstum|zuwachs|rückgang)|plus|minus)|at\s+what\s+(price|cost|rate))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberCue();

    /// <summary>
    /// A noun of a quantity after the interrogative: "Welche Rundenzeit fuhr X?" (1:14,607 Minuten), "In welcher Auflage
    /// erscheint das Magazin?" (10.000 Exemplare), "What height did she clear?" (4.89 metres), "What's the 60m world record
    /// held by …?" (6.39 seconds), "What level has the ECB kept its rate at?" (2%). The thing asked is a measured figure, not a name next to the noun; read as a named
    /// thing or as the person of a relative clause ("who ended up with bronze"), a sentence restating the question led.
    /// </summary>
    /// <remarks>
    /// German "-zeit" compounds measure a time ("Rundenzeit", "Siegerzeit", "Bestzeit"), not the clock or the season
    /// ("Uhrzeit", "Jahreszeit", "Tageszeit"); "Auflage" only in the singular ("Welche Auflagen muss er erfüllen?" asks
    /// conditions). "What is the record label …?" is a company.
    /// </remarks>
    [GeneratedRegex(@"\b(welche[rnms]?\s+((?!(uhr|jahres|tages|frei|neu|halb|mahl|spiel|amts)zeit)\p{L}+zeit|\p{L}*(höhe|länge|gewicht|temperatur|geschwindigkeit|entfernung|distanz|tiefe)|auflage)\b"
        + @"|(what|which)\s+(\p{L}+\s+)?(height|length|distance|depth|weight|speed|temperature|altitude|circulation|level|rate|growth)s?\b|(what|which)\s+(lap|winning|finishing|qualifying|race)\s+times?\b"
        + @"|what(\s+(is|was)|['’]s)\s+(the\s+|his\s+|her\s+|their\s+|its\s+)?([\p{L}\p{N}\-]+\s+){0,3}record\b(?!\s+(label|company|deal|shop|store|producer|books?|holders?)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex QuantityNounCue();

    [GeneratedRegex(@"\b(for|on|in|into|with|from|auf|für|mit)\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithPreposition();

    /// <summary>
    /// "Wie stark war das Beben?", "Wie tief ist der See?", "How deep is the shaft?", "How hot do the phones get?": a measure
    /// with a unit ("Stärke 6,2", "magnitude 6.2", "310 Meter", "über 60 Grad"), as "wie hoch" and "how big" are. Read as
    /// no type, the sentence restating the question led, not the one with the figure. Not "wie heißt" (\b after "heiß").
    /// </summary>
    /// <remarks>
    /// The adjectives with a family of units are read by <see cref="MeasureUnits.FamilyAskedBy"/>; "tief" and "laut" stay
    /// here for what it leaves out ("Wie tief ist der Kurs gefallen?" asks a figure too, a change).
    /// </remarks>
    [GeneratedRegex(@"\b(wie\s+(stark|tief|laut|steil)|how\s+(strong|powerful|steep|expensive|costly))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureCue();

    /// <summary>
    /// "Welchen Preis hat Amma Asante beim Filmfestival bekommen?", "Welchen Preis gewann der Film?": a prize won or received
    /// is an award, named ("den Nachwuchspreis", "the UK Film Talent Award"), not a price; its sentence holds no figure.
    /// </summary>
    [GeneratedRegex(@"\bwelche[nrs]?\s+(\p{L}+\s+)?preis\b.*\b(gewonnen|gewann|gewinnt|bekommen|bekam|bekommt|erhalten|erhielt|verliehen|zuerkannt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AwardCue();

    /// <summary>
    /// "What was the result of the vote?", "Wie ging die Abstimmung aus?": a vote or a match ends in a tally ("by 229
    /// votes to 206", "mit 54 zu 46 Stimmen", "2:1") — figures, not the sentence that restates that a vote was held.
    /// "Mit welchem Ergebnis hat Irland England geschlagen?", "What was the final score?", "By what score …?", "Wie lautete
    /// der Endstand?" ask it of the match the question names.
    /// </summary>
    [GeneratedRegex(@"\b(mit\s+welche[mn]\s+(ergebnis|endstand|endergebnis|resultat|spielstand)|(what|which)\s+((was|is|were)\s+the\s+)?(final\s+|half-time\s+)?score|by\s+what\s+score|endstand|endergebnis|halbzeitstand|final\s+score|scoreline|(result|outcome|score|tally)\s+(of|in)\s+(the\s+)?(\p{L}+\s+)?(vote|votes|ballot|referendum|match|game|final)|how\s+did\s+(the\s+)?(\p{L}+\s+)?(vote|ballot|referendum)\s+(go|end)|(ergebnis|ausgang|resultat|endstand)\s+(der|des|beim|bei\s+der|im)\s+(\p{L}+\s+)?(abstimmung|votums?|referendums?|volksabstimmung|spiels?|partie|finales?)|wie\s+(ging|ist|endete|fiel)\s+(die|das)\s+(\p{L}+\s+)?(abstimmung|votum|referendum|spiel|partie)(\s+(aus|ausgegangen))?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TallyCue();

    /// <summary>
    /// The question asks what a thing is called ("Wie heißt das Album ...?", "What's the new film called?", "What was the
    /// ship named?"): a title or name, which news often writes in common words or quotes (<see cref="TitlePhrases"/>).
    /// </summary>
    public static bool AsksForTitle(string question) =>
        CalledCue().IsMatch(question) || (NameCue().Match(question) is { Success: true } name && ThingAfter(question, name) is not null);

    /// <summary>
    /// The thing "wie heißt / what is the name of" asks about, when it is no person: "das Album" → Album, "der neue
    /// Verein" → Verein; null for "der Pensionist", "the pilot" (a person's name is asked) or no noun at all.
    /// </summary>
    private static string? ThingAfter(string question, Match cue)
    {
        var match = ThingNoun().Match(question[(cue.Index + cue.Length)..]);
        if (!match.Success) return null;
        // The genitive owner is German's ("Wesleys Predigt"); English writes "Wesley's", and "the name of Douglas Adams' …" names a person.
        if (match.Groups["owner"].Success && !cue.Value.StartsWith("wie", StringComparison.OrdinalIgnoreCase)) return null;
        var noun = match.Groups["noun"].Value;
        // "the name of the boy Michael Jackson is accused of …": a capitalised word after an English person noun is the
        // clause's subject, not the asked thing; the person noun before it says a person's name is asked.
        if (match.Groups["adjective"].Captures is { Count: > 0 } before && char.IsUpper(noun[0]) && PersonNoun().IsMatch(before[^1].Value.Trim())) return null;
        // A German agent noun ("der Fahrer", "die Lehrerin") is a person; "das Theater" is neuter, a thing. An English
        // article or possessive ("the", "his") tells no gender, so only a German one other than "das" makes the agent.
        var article = match.Groups["article"].Value;
        // A genitive owner tells no gender either, but only a German noun follows it: an agent noun is a person there.
        var owned = match.Groups["owner"].Success;
        var agent = (owned || (FunctionWords.IsFunctionWord(article, LanguageDetector.German) && !article.Equals("das", StringComparison.OrdinalIgnoreCase)))
                    && AgentNoun().IsMatch(noun);
        return NameContext.IsPersonTitle(noun) || PersonNoun().IsMatch(noun) || agent || (owned && KinNoun().IsMatch(noun)) ? null : noun;
    }

    /// <summary>An article (and adjectives) then the noun: "das neue Album", "die Firma", "the new film", "the ship".</summary>
    /// <remarks>
    /// A German genitive name stands for the article too: "Wie heißt Wesleys berühmte Predigt …?", "Wie heißt Apples neues
    /// Telefon?" ask a thing's name, "Wie heißt Müllers Frau?" still a person's (<see cref="PersonNoun"/>). Only before a
    /// capitalised word, as German nouns are: "Wie hieß Peters erster Verein?" reads "Verein", "Wie hieß Peters, der …" nothing.
    /// </remarks>
    [GeneratedRegex(@"^\s*(?:(?<article>(?i:" + ArticleAlternations.DefiniteOrPossessive + @"))|(?<owner>\p{Lu}\p{Ll}+s)(?=\s+(?:\p{Ll}+\s+){0,2}\p{Lu}))\s+(?<adjective>\p{Ll}+\s+){0,2}(?<noun>\p{L}+)")]
    private static partial Regex ThingNoun();

    /// <summary>
    /// Nouns of people that no title list holds: "wie hieß der Mann / die Frau / das Opfer", "the victim's name", "wie
    /// heißt der Schütze" (no agent ending), "the teenager".
    /// </summary>
    [GeneratedRegex(@"^(mann|frau|kind|mädchen|junge|opfer|täter|person|mensch|pensionist\p{L}*|rentner\p{L}*|pilot\p{L}*|fahrer\p{L}*|\p{L}*schütze[n]?|jugendliche[rn]?|man|woman|child|girl|boy|victim|person|pilot|driver|suspect|teenager|gunman|verdächtige[rn]?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PersonNoun();

    /// <summary>Kin after a genitive name: "Wie hieß Peters Sohn?" (those in -er and -in are agent nouns already: "Vater", "Tochter").</summary>
    [GeneratedRegex(@"^(sohn|söhne|enkel\p{L}*|neffe|nichte|onkel|tante|gatte|witwe|ehefrau|ehemann|braut)$", RegexOptions.IgnoreCase)]
    private static partial Regex KinNoun();

    /// <remarks>
    /// German "-eur" nouns from French are people too: "der festgenommene Kommandeur", "der Redakteur", "der Ingenieur".
    /// So are their plurals ("die beiden Redakteure", "die Journalisten", "die Lehrerinnen"): "Wie heißen die …?" asks for names of people.
    /// </remarks>
    [GeneratedRegex(@"\p{L}{3,}(in|innen|er|ist|isten|ent|enten|ant|anten|eur|eure)$", RegexOptions.IgnoreCase)]
    private static partial Regex AgentNoun();

    /// <summary>
    /// An ordinal interrogative or a question for a place in a ranking: "Als Wievielte ...?", "Auf welchem Platz ...?",
    /// "Welchen Rang ...?", "What place did X finish in?", "Which position ...?", "Who was runner-up?".
    /// </summary>
    /// <remarks>
    /// Not "Who came second behind Frodeno?", "Wer wurde Dritter?": the place is given, the person who took it is asked
    /// ("3:03 Minuten Vorsprung auf den 39-jährigen Andreas Raelert"), so "who" reads it as a person question.
    /// </remarks>
    [GeneratedRegex(@"\b(wievielte[nmrs]?|(auf|an)\s+welche[mnr]?\s+(platz|rang|position|stelle|plätze)|welche[nr]?\s+(platz|rang|tabellenplatz|platzierung)|(what|which)\s+(position|rank|ranking|spot|placing)|((what|which)\s+place|in\s+what\s+place)\b(?=.*\b(finish\w*|come|came|end\w*|rank\w*|place[ds]?|land\w*|take|took|get|got|occup\w*)\b)|runners?[- ]up|vizemeister\p{L}*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RankCue();

    /// <summary>
    /// "Gegen wen ...?", "Wem unterlag ...?", "Against whom ...?", "Who beat / defeated X?", "Who did X lose to?", "Wer besiegte X?";
    /// a match to come too: "Who does X play / face in the first round?", "Auf wen trifft X?", "Wer ist der Gegner?".
    /// </summary>
    /// <remarks>
    /// The verb after "do" is bare ("Who does X play?"), after "be" a participle ("Who is X playing?"): "Who is the oldest
    /// quarterback to play in a Super Bowl?" asks for a person, its "to play" describing the quarterback, not a match.
    /// </remarks>
    [GeneratedRegex(@"\b(gegen\s+(wen|welche[nms]?)|auf\s+wen\s+(trifft|treffen|traf|trafen)|wer\s+(ist|war|wird)\s+(der|die)\s+(nächste\s+)?gegner(in)?|who\s+((does|do|did|will)\s+(\S+\s+){1,4}(play|face|meet|take\s+on)|(is|are|was|were)\s+(\S+\s+){1,4}(playing|facing|meeting|taking\s+on|up\s+against))\b(?!\s+(for|with|as|alongside|under|in\s+(a|the)\s+band)\b)|wem\s+(unterlag|unterlagen|musste)|against\s+(whom|which|what)|who\s+(beat|defeated|knocked\s+out)|(who|which\s+\p{L}+)\s+(did|does|do|has|have|had)\s+.+\b(lose|lost)\s+(to|against)|wer\s+(hat|besiegte|schlug|bezwang|warf)\b.*\b(besiegt|geschlagen|bezwungen|hinausgeworfen|rausgeworfen|besiegte|schlug|bezwang)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OpponentCue();

    /// <remarks>
    /// Besides the interrogatives, a cause asked through a verb of causing or the cause's own noun: "What made / prompted /
    /// led the club to ...?", "What caused the crash?", "What was the reason for ...?", "Was hat ihn dazu bewogen / veranlasst?",
    /// "Wie kam es zu ...?", "Woran lag es?", "Was war der Grund / Anlass / Auslöser ...?", and a reason someone gives
    /// ("Womit erklärt der OGM-Chef, dass ...?", "How did the firm justify the cuts?"), or an occasion or purpose asked by
    /// its noun ("Aus welchem Anlass ...?", "Zu welchem Zweck ...?", "For what purpose ...?"). Read as no type, the sentence
    /// that restates the event led, not the one saying "because".
    /// </remarks>
    [GeneratedRegex(@"\b(warum|weshalb|wieso|weswegen|aus\s+welche[mn]\s+(grund|gründen|anlass)|mit\s+welcher\s+begründung|zu\s+welchem\s+zweck|why|for\s+what\s+(reason|purpose)|how\s+come|^\s*what\s+(made|makes|prompted|prompts|caused|causes|led|leads|drove|drives|forced|forces|pushed|persuaded|convinced|triggered|sparked)\b|(what|which)\s+(was|is|were|are)\s+(the\s+)?(main\s+)?(reasons?|causes?|motives?)\b|^\s*was\s+(hat|haben|hatte|hatten)\b.*\b(bewogen|veranlasst|dazu\s+gebracht|dazu\s+getrieben)\b|^\s*was\s+(bewog|bewegte|veranlasste)\b|^\s*was\s+(brachte|trieb)\s.*\bdazu\b|^\s*was\s+(führte|führt)\s+(denn\s+)?(zu|zum|zur)\b|^\s*was\s+hat\s+(denn\s+)?(zu|zum|zur)\s.*\bgeführt\b|wie\s+kam\s+es|woran\s+(lag|liegt)\s+es|^\s*(womit|wie)\s+(erklärt|erklärte|erklären|erklärten|begründet|begründete|begründen|begründeten|rechtfertigt|rechtfertigte)\b|^\s*how\s+(does|did|do|has|have)\s.*\b(explain|justify)\b|was\s+(war|ist|sind|waren)\s+(der|die)\s+(\p{L}+\s+)?(grund|gründe|anlass|auslöser|ursache|ursachen|motiv)\b)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex ReasonCue();

    /// <remarks>
    /// "Wie viel Zeit wollte Schelling den Sozialpartnern geben?", "How much time do they have?": a length of time ("ein
    /// halbes Jahr"), not a figure; read as a number, the sentence with "ein halbes Jahr" held none.
    /// German "wie lang" (the adjective) asks a length ("Wie lang ist der Zaun?": 20 Kilometer) — a figure — unless a
    /// verb of time says it is how long something took ("Wie lang hat die Razzia gedauert?", "... gebraucht?").
    /// </remarks>
    [GeneratedRegex(@"\b(wie\s+lange|wie\s+lang\b(?=[^?]*\b(dauer\p{L}*|gedauert|brauch\p{L}*|gebraucht|benötig\p{L}*)\b)|(für|seit)\s+wie\s+viele\s+(jahre|monate|wochen|tage|stunden)|(for\s+)?how\s+long|for\s+how\s+many\s+(years|months|weeks|days|hours)|wie\s*viel\s+zeit|how\s+much\s+time)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationCue();

    /// <summary>
    /// "What was the jewellery worth?", "Was kostet ...?", "What is Diageo paying for ...?", "Was muss X an Strafe
    /// zahlen?", "Was hat die Anlage gekostet?", "What did the firm take in sales?": an amount of money, asked through the
    /// verb (in any tense) or the revenue idiom.
    /// </summary>
    [GeneratedRegex(@"^\s*(what|was)\b.*\b(" + MoneyVerbs.PriceAndPay + @"|zahlen"
        + @"|(take|takes|took|taken|taking|bring|brings|brought|rake|rakes|raked)\s+in\s+(sales|revenues?|turnover|profits?|takings|receipts))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PriceCue();

    /// <summary>
    /// The question asks for something the article says in words of its own, not the question's: a job ("Von Beruf ist
    /// Cekic Hausmeister"), a place by what it is to someone ("The MP for Bexley and Sidcup" for a constituency). A
    /// sentence of the article about the question that holds such a candidate answers, however few of its words it repeats.
    /// </summary>
    public static bool AsksInOtherWords(string question, AnswerType expected) =>
        expected == AnswerType.Occupation || (expected == AnswerType.Place && PlaceRoleCue().IsMatch(question));

    /// <summary>"Wie lange …?", "How long …?", "Wie lang hat es gedauert?", a prison term: a length of time is asked.</summary>
    public static bool AsksDuration(string question) => DurationCue().IsMatch(question) || AskedPrisonTerm.IsAsked(question);

    /// <summary>"What was the result of the vote?", "Wie ging das Spiel aus?": a tally or score is the asked figure.</summary>
    /// <remarks>
    /// Not when the question counts a noun: "Um wie viele Stimmen hat die ÖVP im amtlichen Resultat mehr als im vorläufigen
    /// Endergebnis?" names the result only as where the counted votes stand; "um 100 Stimmen mehr" answers, no score.
    /// Nor when it asks a share by its own word: "Wie viel Prozent holten die Sozialdemokraten laut vorläufigem
    /// Endergebnis?" names the result only as where the share stands; "Die SPÖ schaffte 40,06 Prozent" answers, no score.
    /// </remarks>
    public static bool AsksForTally(string question) => TallyCue().IsMatch(question) && !CountedNounCue().IsMatch(question) && !ShareCue().IsMatch(question);

    /// <summary>"wie viel Prozent", "what percentage", "how much per cent": a share asked by its own word.</summary>
    [GeneratedRegex(@"\b((wie\s*viele?|how\s+(much|many))\s+(" + PercentWords.Percent + @")|what\s+percentage)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareCue();

    /// <summary>"wie viele Stimmen", "how many votes": a count of the noun after the cue (AskedUnit reads which noun).</summary>
    [GeneratedRegex(@"\b(how\s+many|wie\s*viele[nrs]?)\s+\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex CountedNounCue();

    /// <summary>
    /// "Wie hoch war die Arbeitslosenquote im Mai?", "What is the inflation rate?": a rate is a percentage; a place in a
    /// ranking ("Platz 136") or a count in the same sentence does not answer it. Not an exchange rate, nor "Quote" in
    /// the sense of a citation.
    /// </summary>
    public static bool AsksForRate(string question) => Of(question) == AnswerType.Number && RateCue().IsMatch(question) && !ExchangeRate().IsMatch(question);

    /// <summary>Whether <paramref name="word"/> itself names a rate ("Arbeitslosenquote", "unemployment", "inflation"): what a rate question measures.</summary>
    public static bool IsRateWord(string word) => RateCue().Match(word) is { Success: true } rate && rate.Length == word.Length && !ExchangeRate().IsMatch(word);

    [GeneratedRegex(@"\b(\p{L}*quote|rates?|\p{L}+(s|en|ions)rate|inflation|teuerung|arbeitslosigkeit|unemployment|leitzins|\p{L}*zinssatz|zinsen|wahlbeteiligung|turnout)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateCue();

    /// <summary>"What was the rate ...?", "Was war die Quote ...?".</summary>
    [GeneratedRegex(@"^\s*(what|was)(\s+(is|was|were|are|ist|war|sind|waren|lag|liegt)|['’]s)\s+(" + ArticleAlternations.Definite + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIs();

    [GeneratedRegex(@"\b(exchange\s+rate|wechselkurs|rate\s+of\s+pay|birth\s*rate|geburtenrate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExchangeRate();

    /// <summary>
    /// "Seit wann ...?", "Since when ...?", "Bis wann ...?", "By when ...?", "Ab wann ...?": the question asks for a start or
    /// a deadline, which news writes after the same preposition ("ist seit Juni 2013 auf der Flucht", "expected to
    /// conclude by the third quarter"). The prepositions of both languages, for articles in either; empty for a plain "when".
    /// </summary>
    public static IReadOnlyList<string> DatePrepositions(string question)
    {
        var match = DatePrepositionCue().Match(question);
        if (!match.Success) return [];
        return match.Groups["prep"].Value.ToLowerInvariant() switch
        {
            "seit" or "since" => ["seit", "since"],
            "bis" or "by" or "until" or "till" => ["bis", "by", "until", "till", "spätestens"],
            _ => ["ab", "from", "starting"],
        };
    }

    /// <remarks>"By what date ...?", "From which day ...?", "Ab welchem Datum ...?", "Bis zu welchem Zeitpunkt ...?" ask the same.</remarks>
    [GeneratedRegex(@"\b(?<prep>seit|bis|ab|since|by|until|till|from)\s+when\b|\b(?<prep>seit|bis|ab)\s+wann\b"
        + @"|\b(?<prep>seit|bis|ab|since|by|until|till|from)\s+(zu[mr]?\s+)?(what|which|welche[mnrs]?)\s+(date|day|time|point|month|year|" + GermanDateNoun + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatePrepositionCue();

    /// <summary>
    /// A German noun of a point in time after "welche(s/m)": "Jahr", "Datum", "Tag", and a compound with one of them as its
    /// head, which asks as the simple noun does ("Ab welchem Budgetjahr …?", "Welches Geschäftsjahr …?", "An welchem
    /// Stichtag …?", "In welcher Saison …?"). Read as the name of a thing, the lead's other year won on coverage. Not the
    /// assemblies and meetings named "-tag" ("Landtag", "Parteitag"): which of them is asked, not when.
    /// </summary>
    private const string GermanDateNoun = @"\p{L}*(jahr|monat|datum|saison)|jahrhundert|zeitpunkt|termin|\p{L}*(?<!(land|bundes|reichs|partei|kreis|städte|gemeinde|kirchen))tag";

    /// <summary>"In welchem Jahr ...?", "What year ...?", "Ab welchem Budgetjahr …?": only a year answers, not a weekday or a month.</summary>
    public static bool AsksForYear(string question) => YearCue().IsMatch(question);

    /// <param name="otherwise">What an unmarked noun asks for: a person after "wie hieß" / "the name of", any name after "what is X called".</param>
    private static AnswerType NamedKind(string rest, AnswerType otherwise = AnswerType.Person)
    {
        foreach (var word in Tokenizer.LetterRuns(rest).Select(m => m.Value).Take(NamedNounDistance))
        {
            if (NameContext.OrganisationWords.Contains(word)) return AnswerType.Organisation;
            if (NameContext.PlaceNouns.Contains(word)) return AnswerType.Place;
            if (otherwise != AnswerType.Person && NameContext.IsPersonTitle(word)) return AnswerType.Person;
        }
        return otherwise;
    }

    /// <summary>
    /// "What is the film called?", "What was the ship named?", "What will the merged firm be called?": one thing, named.
    /// Not "What are the hairs on ctenophores called?" nor "What is a group of crows called?": a class of things has a
    /// term, not a name.
    /// </summary>
    [GeneratedRegex(@"^\s*what(\s+(is|was|will|would)|['’]s)\s+(?<thing>((" + ArticleAlternations.EnglishDefiniteOrPossessive + @")\s+|\p{Lu}[\p{L}\-]*(\s+\p{Lu}[\p{L}\-]*)*['’]s?\s+).+?)\s+(be\s+)?(called|named|titled)\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CalledCue();

    /// <summary>How far after "wie hieß" / "the name of" the named noun stands ("der neue Verein", "of the small company").</summary>
    private const int NamedNounDistance = 4;

    [GeneratedRegex(@"\b(wie\s+(hieß|hiess|heißt|heisst|hießen|heißen)|what\s+(is|was|were|are)\s+(the\s+)?names?\s+of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NameCue();

    /// <summary>"real name", "full name", "birth name", "richtiger / bürgerlicher / eigentlicher Name": a person's own name.</summary>
    [GeneratedRegex(@"\b((real|full|birth|legal|maiden)\s+names?|(richtige|bürgerliche|echte|wahre|eigentliche|vollständige)[nmr]?\s+namen?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RealNameCue();

    [GeneratedRegex(@"\b((in\s+)?welche[mns]?\s+\p{L}*jahr|(in\s+)?(what|which)\s+year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearCue();

    /// <summary>
    /// English "when" opening a clause of another question: "What happens when the system fails?", "When many people
    /// are arrested, what is a common tactic?". Another interrogative asks; "when" only sets the circumstance.
    /// </summary>
    private static bool WhenClause(string question)
    {
        var when = EnglishWhen().Match(question);
        if (!when.Success || GermanOrOtherDateCue().IsMatch(question)) return false;
        return OtherInterrogative().IsMatch(question[..when.Index]) || CommaInterrogative().IsMatch(question[when.Index..]);
    }

    [GeneratedRegex(@"\bwhen\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWhen();

    /// <summary>Date cues other than a bare "when": "since when", "in what year", "wann".</summary>
    [GeneratedRegex(@"\b(wann|(since|until|till)\s+when|(what|which)\s+(year|month|century|date|day|time)|welche[mns]?\s+(" + GermanDateNoun + @"))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanOrOtherDateCue();

    [GeneratedRegex(@"\b(what|who|whom|whose|which|how|where|why)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherInterrogative();

    [GeneratedRegex(@",\s*(what|who|whom|whose|which|how|where|why)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommaInterrogative();

    [GeneratedRegex(@"\b(wann|seit\s+wann|bis\s+wann|um\s+wie\s+viel\s+uhr|(in\s+)?welche[mns]?\s+(" + GermanDateNoun + @")|when|(in\s+)?(what|which)\s+(year|month|century|date|day|time))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateCue();

    [GeneratedRegex(@"\b(welche[rsmn]?\s+(unternehmen|firma|konzern|partei|verein|klub|club|organisation|mannschaft|team|bank|" + MediaNouns.GermanAskedAsOrganisationAlternation + @"|hersteller|behörde|gruppe)|(which|what)\s+(company|firm|party|club|team|organi[sz]ation|bank|" + MediaNouns.EnglishAskedAsOrganisationAlternation + @"|manufacturer|group|band))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationCue();

    /// <remarks>
    /// A German compound ending in a noun of place asks for a place too ("In welchem Bundesstaat ...?", "Welches Nachbarland
    /// ...?", "In welchem Urlaubsort ...?"); "ort" only after the prefixes that make a place of it ("Sport", "Export" are none).
    /// "In which part of Thailand ...?", "At which venue ...?", "Which seat is she standing for?" ask a place as well.
    /// </remarks>
    [GeneratedRegex(@"\b(wo|wohin|woher|where|(in\s+)?welche[rmns]?\s+(\p{L}+\s+)?(\p{L}*(stadt|land|staat|region|gemeinde|kontinent|viertel|bezirk|kiez|dorf|provinz|kanton|kreis|insel)|(wohn|tat|urlaubs|ferien|austragungs|veranstaltungs|heimat|geburts|fund|dreh|vor|kur|wall(fahrts)?|orts)?ort|ortsteil|stadtteil)|(in\s+)?(which|what)\s+(\p{L}+\s+)?(city|country|town|place|region|state|capital|continent|district|neighbourhood|neighborhood|borough|suburb|village|constituency|province|county|island|venue|seat)|in\s+(which|what)\s+part\s+of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceCue();

    [GeneratedRegex(@"\b(" + FunctionWords.PersonInterrogativeAlternation + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonCue();

    /// <summary>
    /// A place named by what it is to someone: a hometown, a birthplace, an MP's constituency ("What's Anna Berg's
    /// constituency?" → "The MP for Bexley and Sidcup said"; "seine Heimatstadt Weiz").
    /// </summary>
    /// <remarks>
    /// Where a company or creature is at home is such a place too: "Where is the sausage maker based?" is answered by "der
    /// Betrieb aus Kaindorf", "Where are the monkeys native to?" by "im Nordosten Brasiliens beheimatet", in words of
    /// the article's own rather than "based" or "native" ("based on" asks for a source, no place).
    /// </remarks>
    [GeneratedRegex(@"\b(constituency|constituencies|hometown|home\s+town|birthplace|place\s+of\s+birth|heimatstadt|heimatort|heimatdorf|geburtsort|geburtsstadt|wohnort|wahlkreis|based(?!\s+(on|upon)\b)|headquartered|native\s+to|hails?\s+from|ansässig|beheimatet|(seinen|ihren)\s+sitz|firmensitz|hauptsitz)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceRoleCue();

    /// <summary>The words of the question's occupation cue ("von Beruf", "what's her job"); none when it asks no occupation.</summary>
    public static IEnumerable<string> OccupationCueWords(string question) =>
        OccupationCue().Match(question) is { Success: true } cue ? Tokenizer.LetterRuns(cue.Value).Select(m => m.Value) : [];

    /// <summary>
    /// "Was macht X beruflich?", "Was ist X von Beruf?", "Welchen Beruf hat X?", "Womit verdient X sein Geld?", "What does
    /// X do for a living?", "What's X's job?", "What position does X hold at the union?", "Welche Funktion hat X?": an occupation, which the article says in a phrase of its own ("Von Beruf ist Cekic Hausmeister", "she
    /// works as a nurse", "a 34-year-old plumber") rather than in the words of the question.
    /// </summary>
    [GeneratedRegex(@"\b(beruflich|von\s+beruf|welchen\s+beruf|(als\s+)?was\s+arbeitet|do\s+for\s+a\s+living|(what|which)(\s+(is|was)|['’]s)\s+(\p{L}+\s+)?(\p{L}+['’]s?\s+)?(job|profession|occupation|line\s+of\s+work)|what\s+(job|profession|occupation)\s+(does|did|do|is|was|has|had)|what\s+does\s+\S+(\s+\S+)?\s+work\s+as|work\s+as\s+what|womit\s+verdien\p{L}*|earns?\s+(a|his|her|their)\s+living"
        + @"|(what|which)\s+(position|post|office|function)\s+(does|did|do)\s+[^?]{1,60}?\b(hold|have|occupy|fill)"
        + @"|welche[snr]?\s+(position|funktion|amt|posten)\s+(hat|hatte|bekleidet|bekleidete|besetzt|besetzte)\b)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OccupationCue();
}
