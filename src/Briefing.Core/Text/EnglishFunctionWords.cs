namespace Briefing.Core.Text;

/// <summary>The English word lists behind <see cref="FunctionWords"/>.</summary>
internal static class EnglishFunctionWords
{
    /// <summary>Articles, pronouns, prepositions, conjunctions, particles, auxiliaries and modal verbs.</summary>
    public static readonly string[] Closed =
    [
        "a", "an", "the", "and", "or", "but", "nor", "if", "as", "than", "so", "because", "while", "whereas",
        "although", "though", "unless", "until", "since", "that", "whether", "of", "to", "in", "on", "at", "by",
        "for", "with", "from", "into", "onto", "over", "under", "after", "before", "about", "against", "between",
        "during", "through", "throughout", "within", "without", "among", "across", "per", "via", "up", "out", "off",
        "down", "according", "behind", "beside", "besides", "above", "below", "beneath", "beyond", "despite", "upon",
        "toward", "towards", "amid", "amongst", "underneath", "alongside",
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
        "hers", "it", "its", "they", "them", "their", "theirs", "this", "these", "those", "there", "here", "then",
        "now", "yet", "still", "also", "just", "very", "only", "even", "not", "no", "all", "any", "some", "such",
        "each", "every", "both", "either", "neither", "other", "another", "more", "most", "much", "many", "few",
        "own", "same", "too", "well", "however", "thus", "therefore", "meanwhile", "already", "like", "please",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "has", "have",
        "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    ];

    /// <summary>The definite article (also in <see cref="Closed"/>), as a regex alternation for [GeneratedRegex] patterns.</summary>
    public const string DefiniteArticleAlternation = "the";

    /// <inheritdoc cref="DefiniteArticleAlternation"/>
    public static readonly string[] DefiniteArticles = DefiniteArticleAlternation.Split('|');

    /// <summary>The indefinite article (also in <see cref="Closed"/>), as a regex alternation.</summary>
    public const string IndefiniteArticleAlternation = "a|an";

    /// <inheritdoc cref="IndefiniteArticleAlternation"/>
    public static readonly string[] IndefiniteArticles = IndefiniteArticleAlternation.Split('|');

    /// <summary>Possessive articles of the third person (also in <see cref="Closed"/>), as a regex alternation.</summary>
    public const string ThirdPersonPossessiveAlternation = "his|her|its|their";

    /// <inheritdoc cref="ThirdPersonPossessiveAlternation"/>
    public static readonly string[] ThirdPersonPossessives = ThirdPersonPossessiveAlternation.Split('|');

    /// <summary>
    /// What opens a noun phrase (all also in <see cref="Closed"/>): the articles, the possessives and the demonstratives
    /// "this", "these", "those". Not "that", mostly a conjunction or a relative pronoun before a verb.
    /// </summary>
    public static readonly string[] Determiners =
        [.. DefiniteArticles, .. IndefiniteArticles, .. ThirdPersonPossessives, "our", "my", "your", "this", "these", "those"];

    /// <summary>The forms of "be" (also in <see cref="Closed"/>).</summary>
    public static readonly string[] BeForms = ["is", "are", "was", "were", "be", "been", "being", "am"];

    /// <summary>The forms of "have" (also in <see cref="Closed"/>): the auxiliary of the perfect ("has aired", "had sent").</summary>
    public static readonly string[] HaveForms = ["has", "have", "had"];

    /// <summary>The past auxiliaries (also in <see cref="Closed"/>), as a regex alternation: a clause or question told in the past.</summary>
    public const string PastAuxiliaryAlternation = "was|were|had|did";

    /// <inheritdoc cref="PastAuxiliaryAlternation"/>
    public static readonly string[] PastAuxiliaries = PastAuxiliaryAlternation.Split('|');

    /// <summary>Question words: they say what is asked, not about what.</summary>
    public static readonly string[] Interrogatives =
    [
        "who", "whom", "whose", "what", "when", "where", "why", "which", "how",
    ];

    /// <summary>Verbs of saying, naming and asking that carry no topic ("What did X say?", "What is ... called?").</summary>
    public static readonly string[] GenericVerbs =
    [
        "say", "says", "said", "tell", "tells", "told", "name", "named", "call", "called", "happen", "happened",
        "happens", "reported", "stated", "added",
    ];

    /// <summary>Auxiliaries and quantity words of questions ("How many ... did ...?") and follow-up openers.</summary>
    public static readonly string[] QuestionFillers =
    [
        "did", "does", "do", "is", "are", "was", "were", .. HaveForms, "many", "much", "and", "about",
    ];

    /// <summary>
    /// Adverbs of time and frequency not spelt in "-ly" that stand between a subject and its verb ("Which player first
    /// scored …", "Which company later sold …"): no noun, though nothing in their form says so.
    /// </summary>
    public static readonly string[] PreverbAdverbs =
    [
        "first", "last", "next", "later", "earlier", "never", "ever", "once", "twice", "again", "often", "soon", "always",
        "sometimes",
    ];

    /// <summary>Words that point back to something said before.</summary>
    public static readonly string[] Anaphors =
    [
        "he", "she", "it", "they", "them", "him", "his", "her", "their", "there", "that", "this", "those", "these",
    ];

    /// <summary>Third-person pronouns that stand for one person named before.</summary>
    public static readonly string[] PersonPronouns = ["he", "him", "his", "she", "her"];

    /// <summary>A person as the subject of its sentence (not "his", "her", "him").</summary>
    public static readonly string[] SubjectPronouns = ["he", "she"];

    /// <summary>Frequent content words that name no topic of their own: time, counting, reporting.</summary>
    public static readonly string[] Generic =
    [
        "year", "years", "month", "months", "week", "weeks", "day", "days", "today", "yesterday", "tomorrow",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "percent", "cent", "people",
        "world", "worldwide", "new", "first", "last", "one", "two", "three", "article", "articles", "report",
        "reports", "passage", "passages", "mr", "mrs", "ms", "time", "times", "make", "made",
        // Time relative to now, like "last" ("next month", "the past week", "the previous year"): the dictionary's
        // first senses are others ("next" → nächstgelegen, "past" → Vergangenheit).
        "next", "past", "previous",
    ];
}
