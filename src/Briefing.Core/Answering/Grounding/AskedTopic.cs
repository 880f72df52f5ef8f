using System.Text.RegularExpressions;
using Briefing.Core.Search;
using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// What a question is about besides its names and numbers: the event or thing it asks after ("Erdbeben" in "Wie
/// viele Menschen starben bei dem Erdbeben in Nepal?", "explosion" and "port" in a question about Beirut). An article
/// that shows the question's names but too little of this is about something else that happened there ("Nepal"
/// in an article about tigers, "Beirut" in a stock-market report): it does not answer, however well its sentences
/// match the names and the generic words.
/// </summary>
/// <remarks>
/// German questions contribute their nouns (capitalised words that are no names), English ones the words the
/// dictionary renders as German nouns: verbs and adjectives are paraphrased too often ("steckt" for "investiert",
/// "blocked" for "unreachable") to be required. Words are weighed by rarity; the article (title and every passage) must show
/// <see cref="MinShownShare"/> of the weight it can show at all — a translation the article's language never writes
/// is no evidence either way. Checked on the whole article, not a sentence: an answering article names what the
/// question is about somewhere, the answering sentence often only by a pronoun or another word.
/// Weighed with the evidence: an article that lacks the topic words but covers the rest of the question well is
/// taken to paraphrase them.
/// </remarks>
internal sealed partial class AskedTopic
{
    /// <summary>
    /// Share of the topic words' weight below which the best article showing the question's names is about something
    /// else, unless the passages cover the question well otherwise (<see cref="MaxEvidenceOffTopic"/>). Chosen on
    /// dev train and XQuAD (bench/README.md, "Off-topic articles"): 0.15–0.25 give the same dev result.
    /// </summary>
    public const double MinShownShare = 0.2;

    /// <summary>
    /// Evidence (the best two-sentence window's coverage of the whole question) at which an article that lacks the
    /// topic words is taken to paraphrase them rather than be about something else: XQuAD's translated questions say
    /// "Bevölkerung" where the paragraph says "Einwohner", and the rest of the question is there. Off-topic articles
    /// show the names and little more (0.16–0.41 on dev train).
    /// </summary>
    public const double MaxEvidenceOffTopic = 0.5;

    private const int MinWordLength = 4;

    private readonly IReadOnlyList<TopicWord> _words;
    private readonly string _language;
    private readonly ITermStatistics _statistics;
    private readonly Dictionary<string, List<(string Word, IReadOnlyList<IReadOnlySet<string>> Forms, double Weight)>> _byLanguage = new(StringComparer.Ordinal);

    /// <param name="Verb">The question uses the word as a verb (<see cref="EnglishVerbUse"/>): an article that writes it
    /// ("hoping" … "hopes") shows it, one that words the action otherwise ("watch" … "verfolgen") is no evidence against it.</param>
    /// <param name="ByParts">The translations render the word's parts, not the word: they show it where the article writes
    /// them, but an article that phrases the compound otherwise is no evidence against it.</param>
    private sealed record TopicWord(string Word, IReadOnlyList<WeightedTerm> Translations, bool ByParts = false, bool Verb = false);

    private AskedTopic(IReadOnlyList<TopicWord> words, string language, ITermStatistics statistics)
    {
        _words = words;
        _language = language;
        _statistics = statistics;
    }

    public bool Any => _words.Count > 0;

    /// <summary>The topic without <paramref name="words"/> (as written in the question).</summary>
    public AskedTopic Without(IReadOnlySet<string> words) =>
        new(_words.Where(w => !words.Contains(w.Word)).ToList(), _language, _statistics);

    /// <summary>
    /// The question's counted noun as a topic of its own ("How many refugees …?" → refugees, with its translations): the
    /// asked kind is no topic for the off-topic check, but a figure said beside it is said about the asked thing.
    /// </summary>
    /// <param name="askedUnit">The question's <see cref="AskedUnit.Of"/>, parsed once by the caller.</param>
    public static AskedTopic OfCountedNoun(AskedUnit? askedUnit, string language, IReadOnlyList<WeightedTerm> expansions, ITermStatistics statistics) =>
        new(askedUnit is { Kind: AskedUnit.Measure.Count } unit
                ? [new TopicWord(unit.Word, expansions.Where(e => string.Equals(e.Group, $"{language}:{unit.Word}", StringComparison.OrdinalIgnoreCase)).ToList())]
                : [],
            language, statistics);

    /// <summary>The topic words, as written (for the trace).</summary>
    public IEnumerable<string> Words => _words.Select(w => w.Word);

    public static AskedTopic Of(string question, string language, IReadOnlyList<WeightedTerm> expansions, NameDetector names, ITermStatistics statistics)
    {
        var nameWords = names.In(question, language).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // What kind of answer is asked for is no topic: "Welche Auszeichnung erhielt Marlee Matlin?" is answered by
        // "Oscar", "On what date ...?" by a date, "Wie viele Menschen ...?" by a count the article words its own way.
        var asked = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (AskedHead.Of(question) is { } head) asked.Add(head);
        if (AskedUnit.Of(question, names) is { } unit) asked.Add(unit.Word);
        if (AskedPrisonTerm.Of(question) is { } prison) asked.Add(prison);
        // Every word the kind pattern passed over is a candidate for it: "By what date does Mike Tindall …" reads "date"
        // and "does" as describing words before "Mike", and "date" is the asked kind.
        foreach (Match kind in AskedKind().Matches(question))
            foreach (Capture word in kind.Groups["kind"].Captures) asked.Add(word.Value.Trim());
        // "Was ist Mikl-Leitner von Beruf?", "What's her job?": the noun that asks for an occupation is the asked kind too;
        // the article says the job itself ("studierte Wirtschaftspädagogin"), not the word "Beruf".
        asked.UnionWith(ExpectedAnswerType.OccupationCueWords(question));
        var words = new List<TopicWord>();
        var first = true;
        // "Sinéad O'Brien": the name's parts ("Brien") are no topic words.
        foreach (Match match in NameDetector.WordsOf(question))
        {
            var word = match.Value;
            var initial = first;
            first = false;
            if (word.Length < MinWordLength || word.Any(char.IsDigit)) continue;
            if (FunctionWords.IsFunctionWord(word) || FunctionWords.IsQuestionWord(word) || FunctionWords.IsGeneric(word)) continue;
            if (nameWords.Contains(word) || asked.Contains(word) || TimeNouns.Contains(word)) continue;
            // "ums Leben kommen", "in Kraft treten": the noun of a fixed verb phrase says what happened, in words the article need not share.
            if (language == "de" && SupportVerbNouns.IsAt(question, match.Index)) continue;
            if (language == "de" ? !char.IsUpper(word[0]) || initial : char.IsUpper(word[0])) continue;
            if (words.Any(w => string.Equals(w.Word, word, StringComparison.OrdinalIgnoreCase))) continue;
            if (language == "en" && IsEnglishManner(question, match)) continue;
            var translations = expansions.Where(e => string.Equals(e.Group, $"{language}:{word}", StringComparison.OrdinalIgnoreCase)).ToList();
            // "Logistikkonzern": the lexicon translates a German compound part by part (Logistik → logistics, Konzern →
            // group), so the word had no rendering of its own and went unchecked in English articles, leaving the
            // check to a lone word the article paraphrases ("Börse" → "bourse"). Both parts' renderings show it: "logistics group".
            var byParts = language == "de" && translations.Count == 0;
            if (byParts)
                translations = QuestionConstraints.TranslatedParts(word, language, "en", expansions).Select(t => new WeightedTerm(t, "en", 1f)).ToList();
            // English does not mark its nouns; the dictionary does: a word whose German renderings are nouns
            // ("authorities" → "Behörden"). Verbs and adjectives ("arrested", "unreachable") are paraphrased too often.
            if (language == "en" && !translations.Any(t => t.Language == "de" && char.IsUpper(t.Text[0]))) continue;
            // "watched", "will the lineman watch the …": a verb the dictionary also renders as a noun (Uhr, Acht) says what
            // someone did, which the article may word its own way; it still shows the topic where the article writes it.
            var verb = language == "en" && EnglishVerbUse.IsVerbAt(question, match.Index, word);
            words.Add(new TopicWord(word, translations, byParts && translations.Count > 0, verb));
        }
        return new AskedTopic(words, language, statistics);
    }

    /// <summary>
    /// The share of the topic's checkable weight that <paramref name="articleTerms"/> (analysed in
    /// <paramref name="articleLanguage"/>) shows; 1 when nothing can be checked in that language.
    /// </summary>
    public double ShownShare(IReadOnlySet<string> articleTerms, string articleLanguage)
    {
        double total = 0, shown = 0;
        foreach (var (word, forms, weight) in Forms(articleLanguage))
        {
            var isShown = Shows(forms, articleTerms, articleLanguage);
            if (!isShown && IsNoEvidenceWhenMissing(word, articleLanguage)) continue;
            total += weight;
            if (isShown) shown += weight;
        }
        return total == 0 ? 1 : shown / total;
    }

    /// <summary>True when the topic has words and <paramref name="articleTerms"/> shows every one (unlike <see cref="ShownShare"/>, nothing checkable is not shown).</summary>
    public bool IsShownIn(IReadOnlySet<string> articleTerms, string articleLanguage) =>
        Forms(articleLanguage) is { Count: > 0 } words && words.All(w => Shows(w.Forms, articleTerms, articleLanguage));

    /// <summary>The topic words, as written, that <paramref name="articleTerms"/> does not show (those checkable in its language).</summary>
    public IReadOnlyList<string> MissingIn(IReadOnlySet<string> articleTerms, string articleLanguage) =>
        Forms(articleLanguage).Where(w => !Shows(w.Forms, articleTerms, articleLanguage) && !IsNoEvidenceWhenMissing(w.Word, articleLanguage)).Select(w => w.Word).ToList();

    /// <summary>
    /// An article in <paramref name="language"/> that lacks the word says nothing against the topic: a verb (<see cref="TopicWord.Verb"/>),
    /// or a word checked there only by its parts' renderings (<see cref="TopicWord.ByParts"/>).
    /// </summary>
    private bool IsNoEvidenceWhenMissing(string word, string language) =>
        _words.Any(w => w.Word == word && (w.Verb || (w.ByParts && language != _language)));

    /// <remarks>
    /// A German noun the article says as its verb ("Kennzeichnung", "gekennzeichnet") shows the word in the question's
    /// own language only: a translation's verb ("service" → Bedienung → "bedient") is two steps from what was asked.
    /// </remarks>
    private bool Shows(IReadOnlyList<IReadOnlySet<string>> forms, IReadOnlySet<string> articleTerms, string articleLanguage) =>
        forms.Any(f => f.Count > 0 && f.All(t => articleTerms.Contains(t)
            || (articleLanguage == "de" && (articleTerms.Any(a => QuestionTerms.IsCompoundPart(t, a))
                || (_language == "de" && GermanWordDerivations.IsShownIn(t, articleTerms))))));

    /// <summary>Each topic word's forms in <paramref name="language"/> (as written, its compound's parts, its translations) and its weight there.</summary>
    private List<(string Word, IReadOnlyList<IReadOnlySet<string>> Forms, double Weight)> Forms(string language)
    {
        if (_byLanguage.TryGetValue(language, out var cached)) return cached;
        var list = new List<(string, IReadOnlyList<IReadOnlySet<string>>, double)>();
        var compounds = language == "de" ? new GermanCompoundSplitter(_statistics) : null;
        foreach (var word in _words)
        {
            var forms = new List<IReadOnlySet<string>>();
            if (language == _language)
            {
                var terms = _statistics.AnalyzeTerms(word.Word, language);
                if (terms.Count > 0) forms.Add(terms.ToHashSet(StringComparer.Ordinal));
                // "Sojaanbau" is shown by "Anbau von Soja".
                if (terms.Count == 1 && compounds?.Split(terms[0]) is var (head, tail)) forms.Add(new HashSet<string>([head, tail], StringComparer.Ordinal));
                // "am Wahltag", "im Schulalter": a compound of a time word says when; its first part says what, and
                // shows it alone ("bei der Wahl am 27. September", "schulpflichtige Kinder").
                if (language == "de" && BeforeTimeTail(word.Word) is { } what && _statistics.AnalyzeTerms(what, language) is [var whatTerm])
                    forms.Add(new HashSet<string>([whatTerm], StringComparer.Ordinal));
            }
            else
            {
                // "Fans", "Academy", "record": many words are written alike in both languages, whatever the dictionary says.
                var typed = _statistics.AnalyzeTerms(word.Word, language);
                if (typed.Count > 0) forms.Add(typed.ToHashSet(StringComparer.Ordinal));
                foreach (var translation in word.Translations.Where(t => t.Language == language))
                {
                    var terms = _statistics.AnalyzeTerms(translation.Text, language);
                    if (terms.Count > 0 && terms.All(t => _statistics.DocumentFrequency(t, language) > 0 || (compounds is not null && _statistics.BeginsCompound(t, language))))
                        forms.Add(terms.ToHashSet(StringComparer.Ordinal));
                    // A German compound's last part says what it is: a "Geldstrafe" (fine) is a "Strafe", and the
                    // article may call it a "Rekordstrafe".
                    if (terms.Count == 1 && compounds?.Split(terms[0]) is var (_, tail)) forms.Add(new HashSet<string>([tail], StringComparer.Ordinal));
                }
            }
            // In another language, a rendering no passage writes is no evidence either way; in the question's own
            // language, a word no passage writes is missing from every article ("Chef" where articles only list the company).
            if (language != _language)
                forms = forms.Where(f => f.Count > 0 && f.All(t => _statistics.DocumentFrequency(t, language) > 0 || (compounds is not null && _statistics.BeginsCompound(t, language)))).ToList();
            if (forms.Count == 0) continue;
            var weight = forms.Where(f => f.Count > 0).Select(f => f.Min(t => _statistics.InverseDocumentFrequency(t, language))).DefaultIfEmpty(0).Max();
            // The asker's compound for the article's compound of the same head: "Unterrichtsministerium" for
            // "Bildungsministerium", "Personalabbau" for "Stellenabbau" (the lexicon's same-language synonyms). They show
            // the word but weigh as it does.
            if (language == _language)
            {
                forms.AddRange(SameHeadSynonyms(word, language, compounds));
                // "Chefcoach" is shown by "Cheftrainer": a whole-word synonym the dictionary confirms as the same sense both ways.
                forms.AddRange(SameSenseSynonyms(word, language));
                // "Viertklässler" is shown by "Schüler der vierten Klasse": the ordinal and the noun, written apart.
                if (language == "de") forms.AddRange(OrdinalApart(word.Word, language));
            }
            if (weight > 0) list.Add((word.Word, forms, weight));
        }
        _byLanguage[language] = list;
        return list;
    }

    /// <summary>
    /// The word's same-language synonyms (the lexicon's round trip through the other language) that end in the word's
    /// own head and that some article writes. Whole-word synonyms are left out: the round trip renders "Testspiel" as
    /// "Verhandlung" and "start" as "beginning", which made articles about other matches and other starts look on topic;
    /// a compound that keeps its head and swaps its modifier for a synonym names the same thing.
    /// </summary>
    /// <remarks>
    /// A synonym compound is also shown by its parts written apart, as the word itself is: "Personalabbau" → "Stellenabbau"
    /// → "der geplante Abbau von Stellen".
    /// </remarks>
    private IEnumerable<IReadOnlySet<string>> SameHeadSynonyms(TopicWord word, string language, GermanCompoundSplitter? compounds)
    {
        if (_statistics.AnalyzeTerms(word.Word, language) is not [var own]) yield break;
        foreach (var synonym in word.Translations.Where(t => t.Language == language))
        {
            if (_statistics.AnalyzeTerms(synonym.Text, language) is not [var term] || term == own || !SharesHead(own, term)) continue;
            if (_statistics.DocumentFrequency(term, language) > 0) yield return new HashSet<string>([term], StringComparer.Ordinal);
            if (compounds?.Split(term) is var (head, tail)) yield return new HashSet<string>([head, tail], StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// The word's same-sense synonyms (<see cref="WeightedTerm.SameSense"/>) that some article writes. Unlike the looser
    /// round trip's, which bring every sense of a translation ("Testspiel" → trial → "Verhandlung"), they name the same thing.
    /// </summary>
    private IEnumerable<IReadOnlySet<string>> SameSenseSynonyms(TopicWord word, string language)
    {
        foreach (var synonym in word.Translations.Where(t => t.Language == language && t.SameSense))
            if (_statistics.AnalyzeTerms(synonym.Text, language) is [var term] && _statistics.DocumentFrequency(term, language) > 0)
                yield return new HashSet<string>([term], StringComparer.Ordinal);
    }

    /// <summary>
    /// A compound that opens with an ordinal as the ordinal and the rest's noun apart (<see cref="OrdinalCompounds"/>):
    /// each form is the ordinal's term with one form of the rest.
    /// </summary>
    private IEnumerable<IReadOnlySet<string>> OrdinalApart(string word, string language)
    {
        if (OrdinalCompounds.Of(word) is not var (ordinal, rests) || _statistics.AnalyzeTerms(ordinal, language) is not [var ordinalTerm]) yield break;
        foreach (var rest in rests)
            if (_statistics.AnalyzeTerms(rest, language) is [var restTerm] && restTerm != ordinalTerm)
                yield return new HashSet<string>([ordinalTerm, restTerm], StringComparer.Ordinal);
    }

    /// <summary>Both analysed words are compounds ending in the same part of at least <see cref="MinHead"/> letters, each with a modifier of its own.</summary>
    internal static bool SharesHead(string a, string b)
    {
        var common = 0;
        while (common < a.Length && common < b.Length && a[a.Length - 1 - common] == b[b.Length - 1 - common]) common++;
        return common >= MinHead && a.Length - common >= MinHead && b.Length - common >= MinHead;
    }

    /// <summary>Shortest head and modifier of a compound (as <see cref="QuestionTerms.IsCompoundPart"/> counts them).</summary>
    private const int MinHead = 4;

    /// <summary>
    /// English words that say how, not what: the verb of a phrasal verb ("show up", "turn up", "come out", "find out")
    /// and a bare noun after "on" ("on screen", "on TV", "on stage") or ending the question after "in" ("in total", "in cash"). The dictionary renders them as nouns (Show,
    /// Bildschirm), but the article says "first appeared in 1954": required as topic, they made an article about the
    /// asked thing look like one about something else.
    /// </summary>
    private static bool IsEnglishManner(string question, Match word)
    {
        var after = Tokenizer.NextLetterRun(question, word.Index + word.Length);
        if (after.Success && string.IsNullOrWhiteSpace(question[(word.Index + word.Length)..after.Index]) && Particles.Contains(after.Value)) return true;
        var before = question[..word.Index].TrimEnd();
        if (before.EndsWith(" on", StringComparison.OrdinalIgnoreCase) && question[..word.Index].Length > before.Length) return true;
        // "How much did he pay in total?", "... in cash?": a bare noun after "in" that ends the question says how.
        return before.EndsWith(" in", StringComparison.OrdinalIgnoreCase) && !after.Success;
    }

    /// <summary>
    /// Nouns that say when, not what: "zu ihren besten Zeiten", "im Alter von", "at its height", "in its heyday". The
    /// article says "auf dem Höhepunkt", "at its peak" or gives a date; required as topic, they made the article about
    /// the asked thing look like one about something else.
    /// </summary>
    private static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "zeit", "zeiten", "alter", "ära", "epoche", "höhepunkt", "age", "heyday", "era", "height", "peak",
    };

    /// <summary>Time words that end German compounds of when: "Wahltag", "Schulalter", "Erntezeit", "Wahlabend".</summary>
    private static readonly string[] TimeTails =
        ["tag", "tage", "tagen", "zeit", "zeiten", "alter", "jahr", "jahre", "jahren", "woche", "wochen", "monat", "monate", "abend", "nacht", "saison", "phase", "sonntag"];

    private const int MinWhatPart = 4;

    private static readonly string[] Assemblies = ["landtag", "bundestag", "reichstag", "kreistag", "parteitag", "städtetag", "landtage", "landtagen"];

    /// <summary>The part of a compound before its time word ("Wahltag" → Wahl, "Schulalter" → Schul); null for other words.</summary>
    private static string? BeforeTimeTail(string word)
    {
        // "Landtag", "Bundestag", "Parteitag" are assemblies, not days.
        if (Assemblies.Any(a => word.EndsWith(a, StringComparison.OrdinalIgnoreCase))) return null;
        foreach (var tail in TimeTails.Where(t => word.EndsWith(t, StringComparison.OrdinalIgnoreCase)).OrderByDescending(t => t.Length))
        {
            var what = word[..^tail.Length];
            // A linking s ("Geburtstag" → Geburt) is no part of the word.
            if (what.EndsWith('s') && what.Length > MinWhatPart) what = what[..^1];
            if (what.Length >= MinWhatPart) return what;
        }
        return null;
    }

    /// <summary>Adverb particles of English phrasal verbs.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "up", "out", "off", "down", "away", "back" };

    /// <summary>The noun a question asks the kind of its answer with: "what date", "which company", "wie heißt der Bereich".</summary>
    [GeneratedRegex(@"\b(?i:what|which|welche[rsmn]?|wie\s+(?:hei(?:ß|ss)t|hie(?:ß|ss)(?:en)?|nennt\s+man))\s+(?:(?i:" + ArticleAlternations.Any + @")\s+)?(?<kind>\p{Ll}+\s+){0,2}(?<kind>\p{L}+)")]
    private static partial Regex AskedKind();
}
