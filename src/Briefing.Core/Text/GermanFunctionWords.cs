namespace Briefing.Core.Text;

/// <summary>The German word lists behind <see cref="FunctionWords"/>, as written (folding happens when they are loaded).</summary>
internal static class GermanFunctionWords
{
    /// <summary>Articles, pronouns, prepositions, conjunctions, particles, auxiliaries and modal verbs.</summary>
    public static readonly string[] Closed =
    [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine",
        "keinen", "keinem", "keiner", "und", "oder", "aber", "sondern", "denn", "doch", "sowie", "als", "wie", "ob",
        "dass", "daß", "weil", "wenn", "falls", "obwohl", "während", "nachdem", "bevor", "damit", "sodass", "bis",
        "mit", "von", "vom", "zu", "zum", "zur", "auf", "für", "im", "in", "ins", "an", "am", "ans", "aus", "bei",
        "beim", "nach", "über", "unter", "vor", "seit", "gegen", "durch", "um", "ohne", "ab", "zwischen", "neben",
        "hinter", "trotz", "wegen", "laut", "zufolge", "gemäß", "innerhalb", "außerhalb", "pro", "per",
        "ich", "du", "er", "sie", "es", "wir", "ihr", "mich", "mir", "dich", "dir", "ihn", "ihm", "uns", "euch",
        "ihnen", "sich", "mein", "meine", "meinen", "meinem", "meiner", "dein", "deine", "sein", "seine", "seinen",
        "seinem", "seiner", "seines", "ihre", "ihren", "ihrem", "ihrer", "ihres", "unser", "unsere", "unseren",
        "unserem", "unserer", "euer", "eure", "dies", "diese", "dieser", "dieses", "diesem", "diesen", "jene",
        "jener", "jenes", "jenem", "jenen", "derselbe", "dieselbe", "dasselbe", "jeder", "jede", "jedes", "jeden",
        "jedem", "alle", "allen", "aller", "alles", "einige", "manche", "viel", "viele", "vielen", "mehr", "wenig",
        "wenige", "andere", "anderen", "anderer", "nicht", "auch", "noch", "nur", "schon", "bereits", "sehr",
        "so", "also", "dann", "da", "dort", "hier", "jetzt", "nun", "immer", "wieder", "etwa", "rund", "ganz",
        "zudem", "außerdem", "allerdings", "jedoch", "dabei", "dazu", "davon", "darüber", "darauf", "daran", "dafür",
        "dagegen", "damals", "deshalb", "daher", "trotzdem", "eben", "gar", "mal", "bitte", "genau", "eigentlich",
        "ja", "nein", "oft", "sogar", "selbst", "weiter", "weitere", "weiteren",
        "ist", "sind", "war", "waren", "bin", "bist", "seid", "sei", "seien", "wäre", "wären", "gewesen",
        "wird", "werden", "wurde", "wurden", "worden", "werde", "würde", "würden", "hat", "haben", "hatte", "hatten",
        "habe", "hätte", "hätten", "gehabt", "kann", "können", "konnte", "konnten", "könnte", "soll", "sollen",
        "sollte", "sollten", "muss", "müssen", "musste", "mussten", "will", "wollen", "wollte", "wollten", "darf",
        "dürfen", "durfte", "möchte",
    ];

    /// <summary>
    /// The definite article in every case and gender (also in <see cref="Closed"/>), as a regex alternation: a
    /// [GeneratedRegex] pattern must be a constant, so the list is written once here and split for the look-ups.
    /// </summary>
    public const string DefiniteArticleAlternation = "der|die|das|den|dem|des";

    /// <inheritdoc cref="DefiniteArticleAlternation"/>
    public static readonly string[] DefiniteArticles = DefiniteArticleAlternation.Split('|');

    /// <summary>Prepositions fused with the definite article (also in <see cref="Closed"/>).</summary>
    public static readonly string[] ArticleContractions = ["im", "am", "ans", "ins", "beim", "vom", "zum", "zur"];

    /// <summary>The indefinite article in every case and gender (also in <see cref="Closed"/>), as a regex alternation.</summary>
    public const string IndefiniteArticleAlternation = "ein|eine|einen|einem|einer|eines";

    /// <inheritdoc cref="IndefiniteArticleAlternation"/>
    public static readonly string[] IndefiniteArticles = IndefiniteArticleAlternation.Split('|');

    /// <summary>
    /// Possessive articles of the third person, "sein" (his, its) and "ihr" (her, their), in every case and gender (also
    /// in <see cref="Closed"/>), as a regex alternation.
    /// </summary>
    public const string ThirdPersonPossessiveAlternation = "sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres";

    /// <inheritdoc cref="ThirdPersonPossessiveAlternation"/>
    public static readonly string[] ThirdPersonPossessives = ThirdPersonPossessiveAlternation.Split('|');

    /// <summary>The past tense of "sein", "werden" and "haben" (also in <see cref="Closed"/>), as a regex alternation: a clause told in the past.</summary>
    public const string PastAuxiliaryAlternation = "war|waren|wurde|wurden|hatte|hatten";

    /// <summary>Question words: they say what is asked, not about what.</summary>
    public static readonly string[] Interrogatives =
    [
        "wer", "wen", "wem", "wessen", "was", "wann", "wo", "wohin", "woher", "wie", "warum", "wieso", "weshalb",
        "weswegen", "welch", "welche", "welcher", "welches", "welchen", "welchem", "wozu", "wofür", "womit",
        "wogegen", "worauf", "wodurch", "worüber", "woran", "wieviel", "wieviele",
        // "Als Wievielte kam sie ins Ziel?": the ordinal interrogative asks for a place in a ranking, it names no topic.
        "wievielte", "wievielter", "wievieltes", "wievielten", "wievieltem",
    ];

    /// <summary>Verbs of saying, naming and asking that carry no topic ("Was sagte X?", "Wie lautet ...?").</summary>
    public static readonly string[] GenericVerbs =
    [
        "sagte", "sagt", "sagten", "sagen", "gesagt", "meinte", "meint", "äußerte", "erklärte", "gibt", "gab",
        "geben", "gegeben", "lautet", "lauten", "lautete", "heißt", "hieß", "nennt", "nennen", "nannte", "genannt",
        "bezeichnet", "steht", "passiert", "passierte", "geschah", "geschehen", "berichtet", "berichtete",
    ];

    /// <summary>Auxiliaries and quantity words of questions ("Wie viele ... wurden ...?") and follow-up openers.</summary>
    public static readonly string[] QuestionFillers =
    [
        "wurde", "wurden", "hat", "hatte", "ist", "sind", "war", "waren", "viel", "viele", "vielen", "und",
    ];

    /// <summary>Words that point back to something said before.</summary>
    public static readonly string[] Anaphors =
    [
        "er", "sie", "ihn", "ihm", "ihr", "ihre", "ihren", "ihrem", "sein", "seine", "seinen", "seinem", "dort",
        "dabei", "darüber", "dazu", "davon", "damals", "dies", "diese", "dieser", "dieses", "diesem", "diesen",
        "derselbe", "dieselbe", "dasselbe",
    ];

    /// <summary>Third-person pronouns that stand for one person named before ("sie" is left out: it is also "they").</summary>
    public static readonly string[] PersonPronouns = ["er", "ihn", "ihm", "seine", "seinem", "seinen", "seiner", "seines"];

    /// <summary>A person as the subject of its sentence ("sie" included: "she", though it may also be "they").</summary>
    public static readonly string[] SubjectPronouns = ["er", "sie"];

    /// <summary>Frequent content words that name no topic of their own: time, counting, reporting.</summary>
    public static readonly string[] Generic =
    [
        "jahr", "jahre", "jahren", "jahres", "monat", "monate", "woche", "wochen", "tag", "tage", "tagen", "heute",
        "gestern", "morgen", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "prozent", "menschen", "leute", "welt", "weltweit", "neue", "neuen", "neuer", "neues", "erste", "ersten",
        "erster", "zwei", "drei", "artikel", "bericht", "berichten", "berichte", "angaben", "machen", "macht", "gemacht",
        // Words that place a time relative to now ("im vergangenen Monat", "letzte Woche", "voriges Jahr", "nächsten
        // Monat"), as English "last" is: the dictionary's first senses are others ("letzte" → ultimate, final;
        // "vergangen" → bygone, elapsed), which no report of last month says.
        "letzte", "letzten", "letzter", "letztes", "vergangene", "vergangenen", "vergangener", "vergangenes",
        "vorige", "vorigen", "voriger", "voriges", "nächste", "nächsten", "nächster", "nächstes", "kommende",
        "kommenden", "kommender", "kommendes",
    ];
}
