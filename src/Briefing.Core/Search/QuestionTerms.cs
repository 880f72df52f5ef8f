using System.Text.RegularExpressions;
using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Text;

namespace Briefing.Core.Search;

/// <summary>
/// What a question asks about, as evidence a passage in one language can show: a list of concepts, each a set
/// of alternative analysed terms weighted by IDF. In the question's own language every content term is a
/// concept. For passages in the other language, the concepts are the question's terms that occur there
/// (names, numbers) and one concept per translated word (any of its translations counts).
/// </summary>
internal sealed partial class QuestionTerms
{
    private readonly List<Concept> _concepts;
    private List<Concept>? _names;

    private QuestionTerms(List<Concept> concepts, double visibleShare)
    {
        _concepts = concepts;
        VisibleShare = visibleShare;
    }

    /// <summary>
    /// The share of the question's content words that passages in this language can show at all (1 in the
    /// question's own language). Across languages, words without translation or shared spelling are invisible:
    /// a passage that shows the one translatable word ("long" → "lang") has not answered "How long did the solar
    /// ferry crossing take?". Used to compare passages of different languages, not for the abstention evidence.
    /// </summary>
    public double VisibleShare { get; }

    /// <summary><see cref="Coverage"/> scaled by <see cref="VisibleShare"/>: comparable across passage languages.</summary>
    public double ComparableCoverage(IReadOnlySet<string> terms) => Coverage(terms) * VisibleShare;

    /// <summary>
    /// One thing the question asks about: any alternative term shows it, or all parts of a split compound (or its head
    /// alone, when long enough to say what it is: <see cref="MinHeadAlone"/>), or —
    /// in German passages — a compound that begins or ends with an alternative ("yarn maker" → "Garn", "Hersteller":
    /// "Garnhersteller"). English writes such ideas as separate words, German as one, so translations need it most.
    /// </summary>
    /// <param name="Topic">From one of the question's names: what the article is about rather than what the sentence states.</param>
    /// <param name="Typed">The alternatives that are the question's own words; null when all are (a concept without translations).</param>
    /// <param name="TranslationWeight">What a showing through translations only is worth against the typed word (the lexicon's weight).</param>
    /// <param name="Verb">The question's verb (a German verb form, or an English word the dictionary renders as a German verb): what is asked happened.</param>
    /// <param name="Generic">From a generic word (Jahr, people): weighs the minimum, and no passage of the other language shows it.</param>
    /// <param name="Unseen">No passage of the language writes it: perhaps a name misspelt, which a passage's word one letter apart shows (<see cref="NameSpelling"/>).</param>
    /// <param name="NamedBy">A topic word that begins a name of several words: the terms of the name's last word, which stand for the whole name once the article has named it in full.</param>
    /// <param name="HeadAlone">A compound whose head alone shows it (<see cref="MinHeadAlone"/>): not the asked kind ("Welcher Präsidentschaftskandidat …?"), which every sentence about the candidates names.</param>
    private sealed record Concept(IReadOnlySet<string> Alternatives, double Weight, (string Head, string Tail)? Parts = null, bool Topic = false, bool InCompounds = false,
        IReadOnlySet<string>? Typed = null, double TranslationWeight = 1, bool Verb = false, bool Unseen = false, bool Generic = false, IReadOnlyList<string>? NamedBy = null,
        bool HeadAlone = false)
    {
        /// <summary>
        /// The phrase alternatives' terms, split once: the check below runs for every sentence of every passage. Kept
        /// with the property like the arrays below: a typed word merged with its translations ("with") gains phrases.
        /// </summary>
        private readonly string[][] _phrases = SplitPhrases(Alternatives);

        // The sets as arrays, kept with the property (also through "with"): the checks below run for every concept of
        // every sentence of every passage, and enumerating a set through its interface allocates each time.
        private readonly string[] _alternatives = [.. Alternatives];
        private readonly string[]? _typed = Typed is null ? null : [.. Typed];

        public IReadOnlySet<string> Alternatives
        {
            get;
            init { field = value; _alternatives = [.. value]; _phrases = SplitPhrases(value); }
        } = Alternatives;

        public IReadOnlySet<string>? Typed
        {
            get;
            init { field = value; _typed = value is null ? null : [.. value]; }
        } = Typed;

        private static string[][] SplitPhrases(IReadOnlySet<string> alternatives) => alternatives.Where(IsPhrase).Select(a => a.Split(' ')).ToArray();

        public bool IsShownBy(IReadOnlySet<string> terms) => Shows(_alternatives, isAlternatives: true, terms);

        /// <summary>The concept's weight as <paramref name="terms"/> show it: in full through a typed word, at the translation weight through a translation only.</summary>
        public double ShownWeight(IReadOnlySet<string> terms)
        {
            if (Typed is null || Shows(_typed!, ReferenceEquals(Typed, Alternatives), terms)) return IsShownBy(terms) ? Weight : 0;
            return IsShownBy(terms) ? Weight * TranslationWeight : 0;
        }

        /// <summary>Whether <paramref name="terms"/> show one of <paramref name="alternatives"/> (the concept's, or its typed words).</summary>
        private bool Shows(string[] alternatives, bool isAlternatives, IReadOnlySet<string> terms)
        {
            foreach (var alternative in alternatives)
                if (terms.Contains(alternative)) return true;
            // Phrases are only ever translations, so among the alternatives (never among the typed words).
            if (isAlternatives)
                foreach (var phrase in _phrases)
                    if (AllIn(phrase, terms)) return true;
            if (Parts is var (head, tail) && terms.Contains(tail) && (terms.Contains(head) || (HeadAlone && tail.Length >= MinHeadAlone))) return true;
            if (InCompounds && ShowsInCompound(alternatives, terms)) return true;
            // A name is shown by its adjective ("European" for "Europe") and an adjective by its name, as the details check counts it.
            if (Topic && ShowsDerivedForm(alternatives, terms)) return true;
            return Unseen && ShowsMisspelt(alternatives, terms);
        }

        private static bool ShowsMisspelt(string[] words, IReadOnlySet<string> terms)
        {
            foreach (var word in words)
                if (NameSpelling.IsMisspeltIn(word, terms)) return true;
            return false;
        }

        private static bool ShowsDerivedForm(string[] names, IReadOnlySet<string> terms)
        {
            foreach (var name in names)
                if (DerivedNameForms.IsOneNameIn(name, terms)) return true;
            return false;
        }

        private static bool AllIn(string[] words, IReadOnlySet<string> terms)
        {
            foreach (var word in words)
                if (!terms.Contains(word)) return false;
            return true;
        }

        private static bool ShowsInCompound(string[] alternatives, IReadOnlySet<string> terms)
        {
            if (terms is HashSet<string> set)
            {
                foreach (var term in set)
                    if (IsCompoundPartOfAny(alternatives, term)) return true;
                return false;
            }
            foreach (var term in terms)
                if (IsCompoundPartOfAny(alternatives, term)) return true;
            return false;
        }

        private static bool IsCompoundPartOfAny(string[] alternatives, string term)
        {
            foreach (var part in alternatives)
                if (IsCompoundPart(part, term)) return true;
            return false;
        }
    }

    /// <summary>
    /// Whether the analysed German <paramref name="term"/> is a compound that begins or ends with <paramref name="part"/>
    /// ("eiszeit" in "eiszeitphas", "hersteller" in "spielzeughersteller"); both sides at least <see cref="MinCompoundPart"/> long.
    /// </summary>
    public static bool IsCompoundPart(string part, string term) =>
        IsCompoundHead(part, term) || (FitsCompound(part, term) && term.StartsWith(part, StringComparison.Ordinal));

    /// <summary>Whether the analysed German <paramref name="term"/> is a compound that ends with <paramref name="head"/> ("gigatonn" with "tonn"): the same thing, more exactly.</summary>
    public static bool IsCompoundHead(string head, string term) =>
        term.EndsWith(head, StringComparison.Ordinal) && (FitsCompound(head, term) || IsFormerOrDeputy(head, term));

    /// <summary>
    /// "Exanwalt", "Altkanzler", "Vizepräsident": a short prefix that makes the role former or deputy, which the asker writes
    /// as a word of its own ("früheren Anwalt") or not at all, keeps the head it is put before. Too short for
    /// <see cref="MinCompoundPart"/>, so without it "Bei welchem früheren Anwalt …?" saw no lawyer in "bei Meischbergers Exanwalt".
    /// </summary>
    private static bool IsFormerOrDeputy(string head, string term)
    {
        if (head.Length < MinCompoundPart) return false;
        var prefix = term.AsSpan(0, term.Length - head.Length);
        foreach (var rolePrefix in FormerOrDeputyPrefixes)
            if (prefix.SequenceEqual(rolePrefix)) return true;
        return false;
    }

    /// <summary>Prefixes that make a role former or deputy ("Exanwalt", "Altkanzler", "Vizepräsident"); RoleKinds reads them too.</summary>
    internal static readonly string[] FormerOrDeputyPrefixes = ["ex", "alt", "vize"];

    /// <summary>Both the part and the rest of the term are at least <see cref="MinCompoundPart"/> long.</summary>
    private static bool FitsCompound(string part, string term) =>
        part.Length >= MinCompoundPart && term.Length >= part.Length + MinCompoundPart;

    /// <summary>
    /// Shortest analysed head of a German compound that shows the compound alone: an article names the thing in full
    /// once ("Luftangriff", "Fusionsanlage") and then by its head ("dieser einzige Angriff", "der teuren Anlage"), so the
    /// sentence with the asked figure showed nothing of the question. Shorter heads ("werk", "plan", "amt") are too generic.
    /// </summary>
    private const int MinHeadAlone = 5;

    /// <summary>Shortest part of a compound that counts on its own (shorter ones are endings and syllables: "land", not "an").</summary>
    private const int MinCompoundPart = 4;

    public double TotalWeight => _concepts.Sum(c => c.Weight);

    public int Count => _concepts.Count;

    public static QuestionTerms For(string question, string language, ITermStatistics statistics) =>
        For(question, language, language, [], statistics);

    /// <param name="multiWordNames">The question's names of several words, each as its words ("Klemens", "Horvath"): see <see cref="AddNamedBy"/>.</param>
    public static QuestionTerms For(string question, string questionLanguage, string passageLanguage,
        IReadOnlyList<WeightedTerm> expansions, ITermStatistics statistics, IReadOnlySet<string>? topicWords = null,
        IEnumerable<IReadOnlyList<string>>? multiWordNames = null)
    {
        var crossLingual = questionLanguage != passageLanguage;
        // A search-only rendering finds the article; what a sentence shows of the question is read without it.
        expansions = [.. expansions.Where(e => !e.SearchOnly)];
        // Across languages the passage language's analyser would keep the question language's function words
        // ("the", "does" are no German stop words), so they go first; within a language the analyser drops them. An
        // acronym spelt like one ("the IS leader", "a US air strike", "the WHO") is a name the other language writes as
        // typed ("IS-Chef", "US-Luftangriff"): dropped as "is" or "us", only the lexicon's rendering stayed ("IS" → "west").
        // "the EU's Syria fund": the German analyser keeps an English possessive ("eu's"), which no German text writes, so
        // the name was no concept there and every German sentence seemed far from it.
        var words = crossLingual && questionLanguage == "en" ? EnglishPossessives.Without(question) : question;
        var content = string.Join(' ', Words().Matches(words).Select(m => m.Value)
            .Where(w => Token.IsAcronymWord(w) || (!FunctionWords.IsQuestionWord(w) && !(crossLingual && FunctionWords.IsFunctionWord(w, questionLanguage)))));
        var generic = GenericTerms(content, passageLanguage, statistics);
        var topicTerms = topicWords is null ? [] : statistics.AnalyzeTerms(string.Join(' ', topicWords), passageLanguage).ToHashSet(StringComparer.Ordinal);
        var concepts = new List<Concept>();
        var compounds = passageLanguage == "de" ? new GermanCompoundSplitter(statistics) : null;
        // "Welcher Präsidentschaftskandidat …?": the asked kind; a sentence naming "Kandidaten" restates it, not the answer.
        var askedKind = AskedHead.Of(question) is { } kind ? statistics.AnalyzeTerms(kind, passageLanguage).ToHashSet(StringComparer.Ordinal) : [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in statistics.AnalyzeTermGroups(content, passageLanguage))
        {
            var term = group[0];
            if (!seen.Add(term)) continue;
            // Across languages a question word absent from the index is a word of the question's language, not missing evidence.
            if (crossLingual && statistics.DocumentFrequency(term, passageLanguage) == 0) continue;
            // A verb form and its infinitive ("gewann", "gewinn") are one word asked: a sentence with "gewonnen" shows it.
            var alternatives = new HashSet<string>([term], StringComparer.Ordinal);
            foreach (var alternative in group.Skip(1).Where(seen.Add)) alternatives.Add(alternative);
            // ... and weighs what its commonest form does: "öffnete" may be rare, "öffnen" (any "geöffnet") is not.
            var weight = generic.Contains(term) ? MinWeight : alternatives.Min(t => Weight(t, passageLanguage, statistics));
            var unseen = !crossLingual && alternatives.All(t => statistics.DocumentFrequency(t, passageLanguage) == 0);
            concepts.Add(new Concept(alternatives, weight, compounds?.Split(term), topicTerms.Contains(term), compounds is not null, Verb: alternatives.Count > 1, Unseen: unseen,
                Generic: generic.Contains(term), HeadAlone: !askedKind.Contains(term)));
        }
        if (!crossLingual)
        {
            // Another spelling of a question word in its own language ("Autowirtschaft" / "Automobilwirtschaft": the
            // lexicon's variants, grouped under the word) shows that word, as a translation shows it across languages.
            foreach (var group in expansions.Where(e => e.Language == passageLanguage && e.Group is not null).GroupBy(e => e.Group!))
            {
                var typed = statistics.AnalyzeTerms(group.Key[(group.Key.IndexOf(':') + 1)..], passageLanguage).Where(seen.Contains).ToHashSet(StringComparer.Ordinal);
                var same = typed.Count == 0 ? -1 : concepts.FindIndex(c => c.Alternatives.Overlaps(typed));
                // A variant of several words ("head office" for "HQ") shows the word only where all of them stand.
                var variants = group.SelectMany(e => TranslationAlternatives(e.Text, passageLanguage, statistics))
                    .Where(t => IsPhrase(t) || statistics.DocumentFrequency(t, passageLanguage) > 0).ToHashSet(StringComparer.Ordinal);
                if (same < 0 || variants.Count == 0) continue;
                concepts[same] = concepts[same] with
                {
                    Alternatives = concepts[same].Alternatives.Union(variants).ToHashSet(StringComparer.Ordinal),
                    Typed = concepts[same].Typed ?? concepts[same].Alternatives, TranslationWeight = group.Max(e => (double)e.Weight),
                };
            }
        }
        if (topicWords is not null) AddInitials(concepts, question, topicWords, passageLanguage, statistics);
        if (multiWordNames is not null) AddNamedBy(concepts, multiWordNames, passageLanguage, statistics);
        if (crossLingual)
        {
            foreach (var group in expansions.Where(e => e.Language == passageLanguage).GroupBy(e => e.Group ?? e.Text))
            {
                // A German translation may occur only inside compounds ("lohn": "Lohnerhöhung"), which the concept matches.
                var alternatives = group.SelectMany(e => TranslationAlternatives(e.Text, passageLanguage, statistics))
                    .Where(t => !seen.Contains(t) && (IsPhrase(t) || statistics.DocumentFrequency(t, passageLanguage) > 0 || (compounds is not null && statistics.BeginsCompound(t, passageLanguage))))
                    .ToHashSet(StringComparer.Ordinal);
                if (alternatives.Count == 0) continue;
                var source = group.Key[(group.Key.IndexOf(':') + 1)..];
                // A word the passage language also writes as typed ("Trump", "Mad Max", "Oscars") is already a concept:
                // its translations ("Trompete", "geisteskrank") are other ways to show that one word, not a second
                // thing asked that no sentence shows.
                var typed = statistics.AnalyzeTerms(source, passageLanguage).Where(seen.Contains).ToHashSet(StringComparer.Ordinal);
                var same = typed.Count == 0 ? -1 : concepts.FindIndex(c => c.Alternatives.Overlaps(typed));
                var translationWeight = group.Max(e => (double)e.Weight);
                if (same >= 0)
                {
                    concepts[same] = concepts[same] with
                    {
                        Alternatives = concepts[same].Alternatives.Union(alternatives).ToHashSet(StringComparer.Ordinal),
                        Typed = concepts[same].Typed ?? concepts[same].Alternatives, TranslationWeight = translationWeight,
                    };
                    continue;
                }
                // A translation is judged like a word of the passage's own language: the IDF of its likeliest rendering.
                var isGeneric = group.All(e => FunctionWords.IsGeneric(e.Text));
                var weight = isGeneric ? MinWeight : alternatives.Max(t => PhraseWeight(t, passageLanguage, statistics));
                concepts.Add(new Concept(alternatives, weight, Topic: topicWords?.Contains(source) == true, InCompounds: compounds is not null,
                    Typed: new HashSet<string>(), TranslationWeight: translationWeight, Generic: isGeneric,
                    Verb: passageLanguage == "de" ? group.Any(e => IsGermanVerb(e.Text)) : IsGermanVerb(source)));
            }
        }
        if (crossLingual)
        {
            // A word no passage of either language has ("Rheinmetall" in an index without it) is not a word of the
            // question's language awaiting translation: nothing can show it, so it stays a concept no passage covers,
            // and one translatable generic word can no longer carry the question alone.
            // Only names: in a small index most ordinary words ("continue", "Fähre") are in no passage either, and a
            // word the dictionary translated is a word of the question's language, shown by its translations.
            var translated = expansions.Select(e => e.Group).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            var firstWord = Words().Match(question).Value; // capitalised for the sentence's sake
            foreach (var word in content.Split(' ').Where(w => w.Length > 3 && !w.Any(char.IsDigit) && char.IsUpper(w[0]) && w != firstWord).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (translated.Contains($"{questionLanguage}:{word}")) continue;
                if (!AbsentIn(word, questionLanguage, statistics) || !AbsentIn(word, passageLanguage, statistics)) continue;
                var term = statistics.AnalyzeTerms(word, passageLanguage)[0];
                concepts.Add(new Concept(new HashSet<string>([term], StringComparer.Ordinal), Weight(term, passageLanguage, statistics)));
            }
        }
        var visibleShare = 1.0;
        if (crossLingual)
        {
            // Generic words (Monat, people, "im vergangenen Monat") are never translated, so no passage of the other
            // language shows them; they weigh the minimum where they are shown and are left out of both counts here,
            // or "Wie hoch war die Inflation in Spanien im vergangenen Monat?" would see half of itself in English.
            var asked = statistics.AnalyzeTerms(string.Join(' ', content.Split(' ').Where(w => !FunctionWords.IsGeneric(w))), questionLanguage).Distinct().Count();
            var visible = concepts.Count(c => !c.Generic);
            visibleShare = asked == 0 ? 1.0 : Math.Min(1.0, (double)visible / asked);
        }
        return new QuestionTerms(concepts, visibleShare);
    }

    /// <summary>
    /// A name of several words is also shown by its initials ("PSG" for "Paris Saint-Germain"): the article writes
    /// them once its readers know the name, as the details check accepts (<see cref="NameInitials"/>).
    /// </summary>
    private static void AddInitials(List<Concept> concepts, string question, IReadOnlySet<string> topicWords, string language, ITermStatistics statistics)
    {
        foreach (var word in topicWords)
        {
            var initials = NameInitials.Around(question, word).SelectMany(i => statistics.AnalyzeTerms(i, language)).ToList();
            if (initials.Count == 0 || statistics.AnalyzeTerms(word, language) is not [var term]) continue;
            var at = concepts.FindIndex(c => c.Topic && c.Alternatives.Contains(term));
            if (at >= 0) concepts[at] = concepts[at] with { Alternatives = concepts[at].Alternatives.Union(initials).ToHashSet(StringComparer.Ordinal) };
        }
    }

    /// <summary>
    /// "Klemens Horvath", "Eric Frenzel", "Raj Reddy": an article names a person in full once, then by the last name
    /// ("sagt Rechtsanwalt Georg Zanger, der Horvath vertritt", "Prof Reddy"); a club or firm likewise ("Mellon"). The
    /// name's earlier words are shown, for <see cref="ShowsNames"/>, where its last word is. Which article names the
    /// whole name is the details check's question (the name's words standing together), not this one's.
    /// </summary>
    private static void AddNamedBy(List<Concept> concepts, IEnumerable<IReadOnlyList<string>> names, string language, ITermStatistics statistics)
    {
        foreach (var name in names.Where(n => n.Count >= 2))
        {
            var last = statistics.AnalyzeTerms(name[^1], language);
            if (last.Count == 0) continue;
            foreach (var word in name.Take(name.Count - 1))
            {
                if (statistics.AnalyzeTerms(word, language) is not [var term]) continue;
                var at = concepts.FindIndex(c => c.Topic && c.Alternatives.Contains(term) && !last.Contains(term));
                if (at >= 0 && concepts[at].NamedBy is null) concepts[at] = concepts[at] with { NamedBy = last };
            }
        }
    }

    /// <summary>
    /// The alternatives one translation gives: its analysed term, or — for a phrase the dictionary gives where the
    /// other language has one word ("pay increase" for "Lohnerhöhung") — the phrase's terms joined by a space, shown
    /// only where all of them stand (any one alone, "increase", is not the idea).
    /// </summary>
    private static IEnumerable<string> TranslationAlternatives(string translation, string language, ITermStatistics statistics)
    {
        var terms = statistics.AnalyzeTerms(translation, language);
        if (terms.Count <= 1 || !translation.Contains(' ')) return terms;
        return terms.All(t => statistics.DocumentFrequency(t, language) > 0) ? [string.Join(' ', terms.Distinct())] : [];
    }


    /// <summary>An alternative of several terms (<see cref="TranslationAlternatives"/>).</summary>
    private static bool IsPhrase(string alternative) => alternative.Contains(' ');

    private static bool AllIn(IReadOnlyList<string> terms, IReadOnlySet<string> text)
    {
        foreach (var term in terms)
            if (!text.Contains(term)) return false;
        return true;
    }

    /// <summary>A phrase weighs what its rarest word does: "wage" carries "wage increase".</summary>
    private static double PhraseWeight(string alternative, string language, ITermStatistics statistics) =>
        IsPhrase(alternative) ? alternative.Split(' ').Max(t => Weight(t, language, statistics)) : Weight(alternative, language, statistics);

    /// <summary>The weight of a concept that names no topic: generic words (year, people, world) never carry a question alone.</summary>
    private const double MinWeight = 0.1;

    private static double Weight(string term, string language, ITermStatistics statistics) =>
        Math.Max(MinWeight, statistics.InverseDocumentFrequency(term, language));

    /// <summary>The analysed terms of the question's generic words ("Jahr", "people", "weltweit").</summary>
    private static HashSet<string> GenericTerms(string content, string language, ITermStatistics statistics) =>
        statistics.AnalyzeTerms(string.Join(' ', content.Split(' ').Where(FunctionWords.IsGeneric)), language).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when no passage of <paramref name="language"/> has any analysed term of <paramref name="word"/>.</summary>
    private static bool AbsentIn(string word, string language, ITermStatistics statistics) =>
        statistics.AnalyzeTerms(word, language) is { Count: > 0 } terms && terms.All(t => statistics.DocumentFrequency(t, language) == 0);

    /// <summary>Share of the question's concept weight that <paramref name="terms"/> shows, in [0, 1].</summary>
    public double Coverage(IReadOnlySet<string> terms)
    {
        var total = TotalWeight;
        if (total <= 0) return 0;
        // A loop, not Where/Sum: the same additions in the same order, without a closure per sentence.
        var shown = 0.0;
        foreach (var concept in _concepts)
            if (concept.IsShownBy(terms)) shown += concept.Weight;
        return shown / total;
    }

    /// <summary>
    /// <see cref="ComparableCoverage"/> with what only translations show counted at the translation weight (the
    /// lexicon's, 0.5 by default): how well a passage matches the words the user typed. Equal to it in the
    /// question's own language.
    /// </summary>
    public double TypedComparableCoverage(IReadOnlySet<string> terms)
    {
        var total = TotalWeight;
        if (total <= 0) return 0;
        var shown = 0.0;
        foreach (var concept in _concepts) shown += concept.ShownWeight(terms);
        return shown / total * VisibleShare;
    }

    /// <summary>
    /// <see cref="Coverage"/> of a sentence where the question's names (topic concepts) also count when only the
    /// sentence's article shows them: the sentence says "SCO" or "he", the article names the topic.
    /// </summary>
    public double CoverageInContext(IReadOnlySet<string> sentence, IReadOnlySet<string> article)
    {
        var total = TotalWeight;
        if (total <= 0) return 0;
        return _concepts.Where(c => c.IsShownBy(sentence) || (c.Topic && c.IsShownBy(article))).Sum(c => c.Weight) / total;
    }

    /// <summary>True when the question has words besides its names that passages of this language can show.</summary>
    public bool HasPredicate => _concepts.Any(c => !c.Topic);

    /// <summary>Whether <paramref name="terms"/> show one of the question's words besides its names (what is asked about the topic).</summary>
    public bool ShowsPredicate(IReadOnlySet<string> terms) => _concepts.Any(c => !c.Topic && c.IsShownBy(terms));

    /// <summary>True when passages of this language can show the question's verb ("propose" → vorschlagen, "gewann").</summary>
    public bool HasVerb => _concepts.Any(c => c.Verb);

    /// <summary>
    /// Whether <paramref name="terms"/> show the question's verb: "What did the minister propose?" is answered where
    /// he proposes ("schlug … vor"), not where he attends the meeting the question names.
    /// </summary>
    public bool ShowsVerb(IReadOnlySet<string> terms) => _concepts.Any(c => c.Verb && c.IsShownBy(terms));

    /// <summary>
    /// Whether <paramref name="terms"/> show the question's act: its verb (the question has one: unlike
    /// <see cref="ShowsVerb"/> read alone, a question without a verb shows nothing here) and another of its words that is no
    /// name and none of <paramref name="besides"/>. "Die Exporte sanken im August 2019 um 3 Prozent" shares the verb of "Um
    /// wie viel Prozent sanken die Auftragseingänge im August 2019?" but no other word it asks beside the year and unit;
    /// "Lukaschenko war 2010 mit 80 Prozent in seinem Amt bestätigt worden" shows "bestätigt" and "Amt".
    /// </summary>
    /// <param name="besides">Analysed terms that do not count as the other word (the asked unit, the words beside the year).</param>
    public bool ShowsVerbAndAnotherWord(IReadOnlySet<string> terms, IReadOnlySet<string> besides) =>
        ShowsVerb(terms) && _concepts.Any(c => !c.Topic && !c.Verb && !c.Alternatives.Overlaps(besides) && c.IsShownBy(terms));

    /// <summary>
    /// A German verb, written as a verb: lower case (a capitalised "Treffen" is the noun meeting, not treffen) and an
    /// infinitive or form of one (<see cref="GermanVerbForms"/>).
    /// </summary>
    private static bool IsGermanVerb(string word) =>
        word.Length > 2 && char.IsLower(word[0]) && !word.Contains(' ') && GermanVerbForms.IsVerbForm(word);

    /// <summary>
    /// Whether the question's names (topic concepts; the rarest first, until they carry <paramref name="share"/> of
    /// the names' weight) are each shown by one of <paramref name="texts"/> (a sentence, its neighbours, its article's
    /// headline). A name is what the question is specifically about ("MEPS", "Fan Hui", "Cardiff"): an answer stated
    /// far from it, in an article that mentions it once elsewhere, is about something else. Other words are left out:
    /// askers paraphrase them.
    /// </summary>
    /// <remarks>
    /// A name no passage of the language writes (<see cref="Concept.Unseen"/>: the asker's own compound, "Promiliste", or a
    /// name the index lacks) places no sentence, as it is missing next to every one: whether an article may answer
    /// without it is the details check's question. Required here, it vetoed every sentence of the article that answers.
    /// </remarks>
    public bool ShowsNames(double share, IReadOnlyList<IReadOnlySet<string>> texts)
    {
        _names ??= _concepts.Where(c => c.Topic).OrderByDescending(c => c.Weight).ToList();
        var needed = _names.Sum(c => c.Weight) * share;
        var carried = 0.0;
        foreach (var concept in _names)
        {
            if (carried >= needed) break;
            var shown = false;
            for (var i = 0; i < texts.Count && !shown; i++) shown = concept.IsShownBy(texts[i]) || (concept.NamedBy is { } last && AllIn(last, texts[i]));
            if (!shown && concept.Unseen) continue;
            if (!shown) return false;
            carried += concept.Weight;
        }
        return true;
    }

    /// <summary>Coverage restricted to the <paramref name="count"/> highest-weighted concepts.</summary>
    public double CoverageOfRarest(int count, IReadOnlySet<string> terms)
    {
        var rarest = _concepts.OrderByDescending(c => c.Weight).Take(count).ToList();
        var total = rarest.Sum(c => c.Weight);
        return total <= 0 ? 0 : rarest.Where(c => c.IsShownBy(terms)).Sum(c => c.Weight) / total;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-']*")]
    private static partial Regex Words();
}
