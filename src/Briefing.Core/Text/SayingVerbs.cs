namespace Briefing.Core.Text;

/// <summary>
/// Verbs of saying ("said", "told", "erklärte", "hieß es"): the verb that makes a clause somebody's statement. The
/// alternations, in the report's own tense, are the list for the checks that date a statement; the other lists overlap
/// them without being subsets or supersets, each shaped for one reader (a name's speaker, a speaker named by job after
/// a quote, a question asking when something was said) and kept as its reader was measured with — replacing one with the
/// alternations both adds and drops verbs, and is untested. The verbs a source withholds a fact with are disclosing,
/// not saying, and stay with their one reader (StatedUnknown).
/// </summary>
internal static class SayingVerbs
{
    /// <summary>English verbs of saying, as a regex alternation. Not "reported": "a fire was reported" says nothing.</summary>
    public const string EnglishAlternation = "said|says|told|announced|confirmed|added|stated|explained";

    /// <summary>
    /// German verbs of saying, as a regex alternation. "teilte", "gab", "kündigte" and "meldete" are saying only with
    /// the right particle at their clause's end (<see cref="SaysWith"/>).
    /// </summary>
    public const string GermanAlternation = @"sagte|sagten|sagt|erklärte|erklärten|erklärt|berichtete|berichteten|bestätigte|bestätigten"
        + @"|betonte|betonten|meinte|teilte|teilten|gab|gaben|kündigte|kündigten|meldete|meldeten|hieß\s+es";

    /// <summary>
    /// The verbs that, right after a name, make it a speaker's ("Brown said", "Dudamel sagte"; NameSpans reads them as a
    /// sign of a person, case as written): the commonest verbs of the alternations above only, as "confirmed", "announced"
    /// or "berichtete" follow a company or an agency as readily as a person ("the club confirmed").
    /// </summary>
    public const string AfterPersonName = "said|says|told|sagte|sagt|erklärte|meinte|betonte";

    /// <summary>
    /// The verbs of an attribution that closes a quote and names the speaker by job after it ("…, said the analyst",
    /// "…, meint der Rohstoffanalyst", "…, so die Ökonomin"; OccupationPhrases). Not the alternations above: it adds the
    /// present tense of commentary and the verbs of opinion and warning an expert is quoted with ("warns", "glaubt",
    /// "schätzt", "so") and leaves out verbs that close a quote less often with a job after them ("told", "announced",
    /// "berichtete", "hieß es").
    /// </summary>
    public const string EnglishClosingAttribution = "said|says|added|adds|warned|warns|explained|explains|believes";

    /// <inheritdoc cref="EnglishClosingAttribution"/>
    public const string GermanClosingAttribution = "sagt|sagte|meint|meinte|erklärt|erklärte|betont|betonte|warnt|warnte|schätzt|schätzte|glaubt|glaubte|so";

    /// <summary>
    /// The verbs of saying as a question asks for the day of a statement ("When did police confirm …?", "Wann hat X den
    /// Rücktritt angekündigt?", "Wann gab die Firma ihre Pläne bekannt?"; ReportWeekday): the alternations' verbs in the
    /// forms a question writes them (infinitive, participle, the noun of announcing) and German's separable ones with
    /// their particle at their clause's end, as <see cref="SaysWith"/> reads them ("Wann teilte die Polizei mit, …",
    /// "Wann kündigen die Piloten den Streik an?"; not "Wann kündigte Siemens den Vertrag?", "Wann gab es den ersten
    /// bekannt gewordenen Fall?"). The word must be the verb: "state" in lower case (not "Islamic State"), after no
    /// article or possessive, and before the clause it states or after an auxiliary ("did he state that …", "did the
    /// minister state his reasons"; not "the state government", "the state that borders Texas"); "bekannt" only as given
    /// out ("gab … bekannt", "bekanntgegeben", "bekannt gegeben", "bekanntzugeben"; not "sich schuldig bekannt", "die
    /// bekanntesten Werke"); "teilte … mit" only of "teilen" (not "Teilnehmer mit"); "report" not as a "reporter"; and
    /// German "sagen", "melden", "berichten" in lower case only, as a question never opens with them and their nouns are
    /// capitalised ("Sage", "Meldung", "Bericht", "Berichterstatter"); "ankündigen" and "verkündigen" not as a "Kündigung".
    /// </summary>
    public const string InQuestion =
        @"say|said|says|tell|told|announc\w*|confirm\w*|report(s|ed|ing)?|stated|" + EnglishStateAsVerb + @"|explain\w*"
        + @"|(?-i:sag(e|en|st|t|te|ten)?)|gesagt|erklär\w*|teilt(e|en)?\s+(\w+\s+){0,6}?mit" + AtClauseEnd + @"|mitgeteilt|mitteil\w*"
        + @"|bekanntgeb\w*|bekanntgegeben|bekanntgab\w*|bekanntzugeb\w*|bekannt\s+(ge)?g(e|a)b\w*|gab(en)?\s+(\w+\s+){0,6}?bekannt" + AtClauseEnd
        + @"|\w*(an|ver)kündig\w*|angekündigt|anzukündig\w*|kündig(t|te|ten|en)\s+(\w+\s+){0,6}?an" + AtClauseEnd
        + @"|bestätig\w*|(?-i:meld\w*|bericht\w*)|betont\w*";

    /// <summary>A separable verb's particle closes its clause: a punctuation mark or the question's end follows.</summary>
    private const string AtClauseEnd = @"(?=\s*[,;:?!.]|\s*$)";

    /// <summary>
    /// English "state" as the verb: lower case, after no article or possessive, and either before the clause it states
    /// or after an auxiliary within three words and before no noun it would qualify ("state of", "state government").
    /// </summary>
    /// <remarks>
    /// After an auxiliary (or "to") the verb is followed by what it states or nothing: the question's end, a name, the
    /// words that open an object or a clause (<see cref="StatedOpeners"/>) or an adverb in "-ly" ("did he state publicly").
    /// Any other lower-case word makes "state" the noun it qualifies, whether or not a list holds that noun: "When did the
    /// bank pass to state control?", "When did the Omani state fund collapse?" ask no day of a statement.
    /// </remarks>
    private const string EnglishStateAsVerb =
        @"(?<!\b(the|a|an|this|that|which|what|each|every|one|its|his|her|their|our|your|whose)\s+)"
        + @"((?-i:state)(?=\s+(" + ClauseOpeners + @")\b)"
        + @"|(?<=\b(did|does|do|to|will|would)\s+([\w'’-]+\s+){0,3})(?-i:state)"
        + @"(?!\s+of\b)(?!\s+(?!(" + StatedOpeners + @"|\p{L}+ly)\b)(?-i:\p{Ll})))";

    /// <summary>
    /// The words that open what a verb states, after it: the determiners and pronouns of its object ("state his
    /// reasons", "state it"), the words that open a clause ("state that", "state why") and the prepositions of its
    /// circumstances ("state in court", "state on Monday").
    /// </summary>
    private const string StatedOpeners =
        EnglishFunctionWords.DefiniteArticleAlternation + "|" + EnglishFunctionWords.IndefiniteArticleAlternation + "|"
        + EnglishFunctionWords.ThirdPersonPossessiveAlternation + "|our|my|your|this|these|those|it|he|she|they|we|you|him|them|us|me"
        + "|" + ClauseOpeners + "|which|in|on|at|to|for|before|after|during|under";

    /// <summary>The words that open a clause a verb states ("state that", "state why").</summary>
    private const string ClauseOpeners = "that|whether|why|how|what|when|where|who";

    /// <summary>
    /// Whether <paramref name="verb"/>, with <paramref name="clauseEnd"/> the last word of its clause, means saying: German
    /// separable verbs say something only with their particle ("teilte … mit", "gab … bekannt", "kündigte … an"; "gab es
    /// am Dienstag" does not), and "meldete" only without "an" ("meldete am Montag Insolvenz an" registers). Every other
    /// verb of the alternations says something whatever ends its clause.
    /// </summary>
    public static bool SaysWith(string verb, string clauseEnd) => verb.ToLowerInvariant() switch
    {
        "teilte" or "teilten" => Is(clauseEnd, "mit"),
        "gab" or "gaben" => Is(clauseEnd, "bekannt"),
        "kündigte" or "kündigten" => Is(clauseEnd, "an"),
        "meldete" or "meldeten" => !Is(clauseEnd, "an"),
        _ => true,
    };

    private static bool Is(string word, string particle) => word.Equals(particle, StringComparison.OrdinalIgnoreCase);
}
