using System.Text.RegularExpressions;
using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A name question for a person that the answer type reads as the name of a thing: "Wie heißt der zehnjährige Finne, der
/// …?", "Wie heißt die in Linz verurteilte deutsche Hundezüchterin?", "Which investor is buying the stake?", "What is the
/// name of the psychiatric adviser who …?". The noun is a demonym or an agent noun no title list holds, or a participle
/// phrase ("die in Linz verurteilte …") hides it, so <see cref="ExpectedAnswerType"/> says <see cref="AnswerType.Named"/>,
/// and any novel word of the lead (a compound, a title phrase) passed for the name. The article that knows the person
/// writes their name; one that only tells of "ein zehnjähriger Finne" does not answer. So the chosen sentences must name
/// someone new as a who-question's candidates read names (no place, no common compound).
/// </summary>
internal static partial class PersonAskedAsNamed
{
    /// <summary>
    /// The reason the chosen sentences do not name the asked person: none names anyone new, or the lead's article tells the
    /// asked event of the person unnamed (<see cref="UnnamedReport"/>), so the names they give are someone else's. Null when
    /// a chosen sentence names the person, or the question asks no person this way.
    /// </summary>
    /// <param name="candidates">All scored sentences: the lead's article may tell the asked event of the person unnamed
    /// (<see cref="UnnamedReport"/>).</param>
    public static string? Missing(IReadOnlyList<CandidateSentence> chosen, string question, string language, AnswerType expected,
        NameDetector names, IReadOnlyList<WeightedTerm> expansions, IReadOnlyList<CandidateSentence>? candidates = null)
    {
        if (expected is not (AnswerType.Named or AnswerType.Person) || chosen.Count == 0 || UnnamedMention.AsksForAKind(question)) return null;
        if (PersonNoun(question) is not { } noun) return null;
        var asked = AnswerCandidates.WithTranslations(AnswerCandidates.Asked(question, AnswerType.Person, language, names), AnswerType.Person, expansions);
        var human = !MayBeFirm().IsMatch(noun);
        // A sentence of another language is not read for titles: the translations of the asked noun are not known here.
        // Its new name must be marked as a person's, or stand by the asked noun's translation (OtherLanguagePersonName):
        // "Tirupati" of "vom Tirupati-Tirumala-Tempel … war ein zwölfjähriger Bub" is no name of the asked boy.
        if (!chosen.Any(c => AnswerCandidates.Novel(PersonNames(c.Text, c.Hit.Passage.Language, names, human,
                c.Hit.Passage.Language == language ? title => IsAnotherRole(title, noun, question) : null), asked).Count > 0
                && (c.Hit.Passage.Language == language || !human || c.NearAskedNoun || OtherLanguagePersonName.NamesSomeoneNew(c, question, names))))
            return $"no chosen sentence names the asked '{noun}' by name";
        return candidates is not null && UnnamedReport(chosen, candidates, noun, language) is { } unnamed
            ? $"the answering article tells of the asked '{noun}' only unnamed: {unnamed.Text}"
            : null;
    }

    /// <summary>
    /// "Wie heißt der zehnjährige Finne, der …?" over an article whose report of the asked event says "Ein zehnjähriger
    /// Finne hat einen Bug auf Instagram entdeckt", "What is the name of the man who was shot …?" over "A man was shot in
    /// the thigh outside …": the sentence that restates the question at least as fully as every chosen one speaks of the
    /// asked person only as "a …", with no name beside it (<see cref="UnnamedMention"/>). A report that knew the name would
    /// write it there ("Der zwölfjährige Schwede Erik Lindqvist hat …"), so the other names the chosen sentences give
    /// (a pop star the boy could have embarrassed, the rapper on air) are someone else's. Not when a chosen sentence writes
    /// a new name right by the asked noun or another noun of its role (<see cref="CandidateSentence.NearAskedNoun"/>, which
    /// reads <see cref="RoleKinds"/>): a lede that opens unnamed ("its boss and another top executive", "bei einem
    /// Anwalt beschlagnahmte Akten") is followed by the sentence that names him ("chief operating officer Jean-Bernard
    /// Levy", "Exanwalt Gerald Toifl").
    /// </summary>
    private static CandidateSentence? UnnamedReport(IReadOnlyList<CandidateSentence> chosen, IReadOnlyList<CandidateSentence> candidates, string noun, string language)
    {
        if (chosen.Any(c => c.NearAskedNoun)) return null;
        var lead = chosen[0];
        var fullest = chosen.Max(c => c.ContextCoverage);
        return candidates.FirstOrDefault(c => c.Hit.Article.Id == lead.Hit.Article.Id && c.Hit.Passage.Language == language
            && c.ShowsPredicate && c.ContextCoverage >= fullest && UnnamedMention.OnlyIn(c.Text, noun, language, person: true));
    }

    /// <summary>
    /// "Wie heißt der 43-jährige Mann, der …?" over "sagte Staatsanwalt Witold Franke", "Wie heißen die festgenommenen
    /// Redakteure?" over "zeigt Staatspräsident Recep Tayyip Erdogan": a name written right after a title is that
    /// title's holder, and a title that is neither the asked noun nor one the question writes is another person's role —
    /// the prosecutor who speaks of the man, the president on the cover. A name beside the asked title
    /// ("Redakteur Ahmet Şık") or beside none may be the asked one.
    /// </summary>
    internal static bool IsAnotherRole(string title, string noun, string question) =>
        !AskedFact.SameRole(noun, title)
        && !Tokenizer.LetterRuns(question).Any(w => AskedFact.SameRole(w.Value, title) && w.Value.Length >= MinTitleLength);

    /// <summary>Question words shorter than this ("der", "Mann") end too many titles to say the question writes them.</summary>
    private const int MinTitleLength = 5;

    /// <summary>
    /// The names of <paramref name="text"/> that may be a person's, as a who-question's candidates read them
    /// (<see cref="AnswerCandidates.Of"/>), less those that cannot be the asked one: a German noun compound joined to a
    /// name by a hyphen ("ein Internet-Welpenhandel", "das Al-Kuds-Krankenhaus" names a trade and a hospital, not a
    /// person), a currency ("um mehr als 170.000 Euro") and, for a noun only people are ("der Belgier", "the employee"), an organisation ("der Jihadistenmiliz
    /// Islamischer Staat", "Mumbai High Court").
    /// </summary>
    private static IReadOnlySet<string> PersonNames(string text, string language, NameDetector names, bool human, Func<string, bool>? isAnotherRole)
    {
        var body = Dateline.Without(text, language);
        return NameSpans.Named(body, language, names)
            .Where(s => NameSpans.Fits(s.Kind, AnswerType.Person) && !(human && s.Kind == NameKind.Organisation)
                        && !(isAnotherRole is not null && TitleBefore(body, s) is { } title && isAnotherRole(title))
                        && !(s.Words is [var word] && names.IsCommonCompound(word, language)) && !IsNounCompound(body, s, language, names))
            .SelectMany(s => s.Words).Where(w => !CurrencyWords.IsCurrencyName(w)).Select(AnswerCandidates.NameKey).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The word right before the name with only a space between ("Staatsanwalt Witold Franke"), when it is a title (not a form of address: "Mr", "Frau").</summary>
    private static string? TitleBefore(string text, NameSpan span)
    {
        var before = text[..span.Start];
        if (before.Length == 0 || before[^1] != ' ') return null;
        var previous = Tokenizer.LetterRuns(before).LastOrDefault();
        if (previous is null || !string.IsNullOrWhiteSpace(before[(previous.Index + previous.Length)..])) return null;
        var word = previous.Value;
        return AskedFact.IsRole(word) ? word : null;
    }

    /// <summary>"Internet-Welpenhandel": German name words joined by a hyphen whose last part is a common noun, listed or compounded.</summary>
    private static bool IsNounCompound(string text, NameSpan span, string language, NameDetector names) =>
        language == "de" && span.Words.Count > 1 && text[span.Start..span.End].Contains('-')
        && (names.IsCommonWord(span.Words[^1], language) == true || names.IsCommonCompound(span.Words[^1], language));

    /// <summary>Nouns of people that a firm or a club may be as well: "Which investor is buying …?" is answered by a fund.</summary>
    [GeneratedRegex(@"^(investors?|buyers?|bidders?|owners?|partners?|sponsors?|suppliers?|winners?|clients?|customers?|creditors?|operators?|shareholders?|investor(in|en|innen)?|käufer(in|innen)?|bieter(in)?|eigentümer(in)?|besitzer(in)?|partner(in)?|sponsor(in|en)?|betreiber(in)?|hersteller(in)?|lieferant(in|en)?|sieger(in)?|gewinner(in)?|kunden?|kundin|gläubiger(in)?|aktionär(in|e)?|auftraggeber(in)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex MayBeFirm();

    /// <summary>The person noun the question asks a name for ("Finne", "Hundezüchterin", "investor"); null when it asks for no person by a noun.</summary>
    public static string? PersonNoun(string question)
    {
        if (GermanNameCue().Match(question) is { Success: true } cue && cue.Groups["noun"].Value is var german
            && IsPersonByGender(german, cue.Groups["article"].Value) && !IsThing(german)) return german;
        foreach (var noun in (string?[])[AskedPersonNoun.Of(question), WhichNoun(question)])
            if (noun is not null && !IsThing(noun) && (IsPersonNoun(noun) || IsMasculineAgentAfterWhich(question, noun))) return noun;
        return null;
    }

    /// <summary>
    /// After "Wie heißt der/die …", the article tells the noun's gender and number: "der Belgier", "der Redakteur", "die
    /// Hundezüchterin", "die Redakteure", and "der Finne", "der Franzose", "der Zeuge" — a masculine noun in -e is of the weak
    /// declension, which is almost all nouns of people and inhabitants ("der Name", "der Gedanke" are never asked a name of).
    /// "die Länder", "die Häuser" are plurals of things in -er, so "die" with -er does not count.
    /// </summary>
    private static bool IsPersonByGender(string noun, string article) =>
        IsPersonNoun(noun) || (article.Equals("der", StringComparison.OrdinalIgnoreCase) ? MasculineAgent().IsMatch(noun) : FeminineOrPluralAgent().IsMatch(noun));

    /// <summary>
    /// "Which investor …?", "Welcher Investor …?": the head of "which"; not of German "welches", a neuter noun being a
    /// thing ("Welches Theater …?").
    /// </summary>
    private static string? WhichNoun(string question) =>
        NeuterWhich().IsMatch(question) ? null : AskedHead.Of(question);

    /// <summary>
    /// "Mit welchem Inselmakler …?", "Welcher Händler …?": a German agent noun in -er after a masculine "welcher/welchem/welchen"
    /// names a person as it does after "der"; after "welches" it is neuter, mostly a thing (<see cref="NeuterWhich"/>).
    /// </summary>
    private static bool IsMasculineAgentAfterWhich(string question, string noun) =>
        char.IsUpper(noun[0]) && noun.EndsWith("er", StringComparison.Ordinal) && MasculineAgent().IsMatch(noun) && MasculineWhich().IsMatch(question);

    [GeneratedRegex(@"\bwelche[rmn]\b", RegexOptions.IgnoreCase)]
    private static partial Regex MasculineWhich();

    /// <summary>
    /// A noun of people whatever its article: a person noun or title (<see cref="PersonNouns"/>, <see cref="NameContext"/>),
    /// or an agent noun by an ending that makes nothing else ("Aktivistin", "Redakteurin", "investor", "employee", "adviser").
    /// </summary>
    private static bool IsPersonNoun(string noun) =>
        PersonNouns.IsPersonNoun(noun) || NameContext.IsPersonTitle(noun) || UnmistakableAgent().IsMatch(noun) || PersonNouns.IsPlainPerson(noun);

    /// <summary>A noun of an organisation or place ("Sender", "Zentrum"), or a thing with an agent's ending ("sector", "Computer").</summary>
    private static bool IsThing(string noun) =>
        NameContext.IsOrganisationNoun(noun) || NameContext.PlaceNouns.Contains(noun) || ThingsWithAgentEnding().IsMatch(noun);

    /// <remarks>
    /// The noun may be followed by where the person is from or whose they are ("der 43-jährige Mann aus Bergen bei Celle,",
    /// "die Redakteure der Zeitschrift Nokta?"): the phrase names a place or an owner, the person is the noun before it.
    /// </remarks>
    [GeneratedRegex(@"\b[Ww]ie\s+(heißt|hieß|heisst|hiess|heißen|hießen|heissen|hiessen)\s+(?<article>der|die)\s+([^,?]*?(\p{Ll}(e|en|er|es|em)|\d)\s+)?(?<noun>\p{Lu}[\p{L}-]+)(\s+(aus|von|vom|bei|beim|in|im|der|des)\s+[^,?]+)?\s*[,?]")]
    private static partial Regex GermanNameCue();

    [GeneratedRegex(@"\bwelches\b", RegexOptions.IgnoreCase)]
    private static partial Regex NeuterWhich();

    /// <summary>"der Belgier", "der Redakteur", "der Aktivist", "der Investor", and the weak masculines in -e ("der Finne").</summary>
    [GeneratedRegex(@"^\p{Lu}\p{L}{2,}(er|eur|ist|or|e)$")]
    private static partial Regex MasculineAgent();

    /// <summary>"die Hundezüchterin", "die Redakteure", "die Aktivisten", "die Studenten".</summary>
    [GeneratedRegex(@"^\p{Lu}\p{L}{2,}(in|innen|eure|isten|enten|anten|oren)$")]
    private static partial Regex FeminineOrPluralAgent();

    /// <summary>
    /// Endings that make nouns of people alone: German feminine agents and followers ("Aktivistin", "Bäckerin"), English
    /// doers and followers ("investor", "employee", "adviser", "activist"). Not English "-er", which as often makes things ("computer", "river").
    /// </summary>
    [GeneratedRegex(@"^(\p{Lu}\p{L}{2,}(erin|erinnen|eurin|istin|isten|ist)|\p{Ll}{3,}(or|ors|ist|ists|ee|ees|eer|eers|iser|isers|izer|izers))$")]
    private static partial Regex UnmistakableAgent();

    /// <summary>Frequent things and places with an agent's ending: "Which sector …?", "Welcher Computer …?", "Welches Zentrum …?".</summary>
    [GeneratedRegex(@"^(sector|motor|factor|floor|door|error|mirror|reactor|monitor|corridor|colou?r|processor|indicator|tractor|vector|committee|degree|computer|container|center|zentrum|theater|theatre|tower|river|border|quarter|number|chapter|letter|order|paper|server|semester|meter|liter|wasser|fenster|zimmer|ufer|lager|kloster|messer|sommer|winter|fehler|körper|keller|kader|eimer|nummer|kammer|mauer|leiter|sender|partner)s?$", RegexOptions.IgnoreCase)]
    private static partial Regex ThingsWithAgentEnding();
}
