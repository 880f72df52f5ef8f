using System.Text.RegularExpressions;
using Briefing.Core.Caching;
using Briefing.Core.Configuration;
using Briefing.Core.Search;
using Briefing.Core.Text;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Lexicon;

/// <summary>
/// Cross-lingual expansion with FreeDict: each content word of the question is looked up towards the other
/// corpus language; its best few translations that occur in the index become one group of alternatives (the
/// search scores only the best-matching one) at <see cref="LexiconOptions.Weight"/>, so translations add
/// evidence but never outweigh the words the user typed. Nothing happens when the index holds no passage in
/// the other language. The dictionaries are compiled once into <c>{DataDir}/lexicon</c> for fast look-ups.
/// </summary>
public sealed partial class LexiconQueryExpander : IQueryExpander, IWordLexicon, IDisposable
{
    private const int MaxWords = 16;
    private readonly ITermStatistics _statistics;
    private readonly ILogger<LexiconQueryExpander> _logger;
    private readonly LexiconOptions _options;
    private readonly Dictionary<string, Lazy<CompiledLexicon?>> _bySourceLanguage = [];
    // The look-up memos below are bounded (each question adds its words; a long-running bot would otherwise keep every
    // word ever asked). Clearing one only costs dictionary look-ups again: every value is recomputed the same.
    private const int MaxRememberedWords = 4096;
    private readonly BoundedCache<(string, string), IReadOnlyList<string>> _translations = new(MaxRememberedWords);
    private readonly BoundedCache<(string, string), IReadOnlyList<string>> _expansionTranslations = new(MaxRememberedWords);
    /// <summary>Retrieval and the extractive generator expand the same question: the second call is a look-up.</summary>
    private const int MaxRecent = 64;
    private readonly BoundedCache<(string, string), IReadOnlyList<WeightedTerm>> _recent = new(MaxRecent);

    public LexiconQueryExpander(IOptions<LexiconOptions> options, IOptions<BriefingOptions> briefing, ITermStatistics statistics, ILogger<LexiconQueryExpander> logger)
    {
        _options = options.Value;
        _statistics = statistics;
        _logger = logger;
        var cache = _options.ResolveCacheFolder(briefing.Value.DataDirFullPath);
        _bySourceLanguage["en"] = new Lazy<CompiledLexicon?>(() => Compile(LexiconOptions.EnglishGerman, cache));
        _bySourceLanguage["de"] = new Lazy<CompiledLexicon?>(() => Compile(LexiconOptions.GermanEnglish, cache));
    }

    public IReadOnlyList<WeightedTerm> Expand(string query, string language)
    {
        var source = language == "de" ? "de" : "en";
        var target = source == "de" ? "en" : "de";
        if (string.IsNullOrWhiteSpace(query)) return [];
        var crossLingual = _statistics.PassageCountIn(target) > 0;
        // Variants and synonyms need passages of the question's language; translations need passages of the other language.
        if (!crossLingual && _statistics.PassageCountIn(source) == 0) return [];
        if (_bySourceLanguage[source].Value is not { } lexicon) return [];
        if (_recent.TryGetValue((query, source), out var recent)) return recent;
        var expansions = new List<WeightedTerm>();
        if (source == "de")
        {
            AddCompoundVariants(lexicon, query, expansions);
            AddCompoundSynonyms(lexicon, query, expansions);
        }
        AddSynonyms(lexicon, query, source, target, expansions);
        AddAgentNouns(lexicon, query, source, target, expansions);
        if (!crossLingual)
        {
            Remember(query, source, expansions);
            return expansions;
        }
        var fromPhrases = PhraseTranslations(lexicon, query, source, target);
        var firstWord = Words().Match(query).Value;
        var mixedIndex = _statistics.PassageCountIn(source) > 0;
        var separated = source == "de" ? SeparatedVerbs(query) : [];
        var phrasal = source == "en"
            ? EnglishPhrasalVerbs.Of([.. Words().Matches(query).Select(m => Bare(m.Value))], phrase => lexicon.Translations(phrase).Any(IsSingleWord))
            : [];
        foreach (var typed in ContentWords(query, source).Take(MaxWords))
        {
            if (typed != firstWord && IsNameWrittenAlike(lexicon, typed, source, target)) continue;
            // "Who stepped down …": the verb is "step down" (zurücktreten), not "step" (treten); its translations are the verb's.
            if (phrasal.TryGetValue(typed, out var phrase) && AddTranslations(lexicon, phrase, source, target, expansions, groupWord: typed) > 0) continue;
            // "Wer wirft China vor …": the verb is "vorwerfen" (accuse), not "werfen" (throw).
            var word = separated.GetValueOrDefault(typed, typed);
            var before = expansions.Count;
            if (source == "de") AddGradedForms(lexicon, word, expansions);
            var translated = AddWord(lexicon, word, source, target, expansions, fromPhrases);
            // A hyphenated word's parts are translated each in its own group ("IOC-Inspektoren" → "Inspektoren"): so are their cognates.
            foreach (var part in word.Contains('-') ? word.Split('-') : [word]) AddCognates(part, source, target, expansions);
            if (!translated) continue;
            // Translations never outrank the words the user typed — but an ordinary word no passage of the question's
            // language has ("kestrels" in an index whose English articles never name the bird) outranks nothing: only its
            // translations can show it, and at half weight the question's common words, which the asker's language does
            // have ("Austrian", "people"), drowned the one rare word that says what is asked ("Turmfalken"). Not for names
            // or words translated by their parts: a name the index lacks ("Rheinmetall") is missing, not in another language.
            if (mixedIndex && IsOrdinaryWord(word, source) && !OccursInIndex(word, source))
                for (var i = before; i < expansions.Count; i++) expansions[i] = expansions[i] with { Weight = UnsharedWordWeight };
        }
        Remember(query, source, expansions);
        return expansions;
    }

    /// <summary>
    /// A loanword's other-language spellings (<see cref="Cognates"/>: "Solidarität" / "solidarity", "Afrika" / "Africa")
    /// the index holds join its group as translations would, beside the dictionary's own senses.
    /// </summary>
    /// <remarks>
    /// Only for a word none of whose translations the index holds: beside an ordinary translation the loanword is the
    /// rarer, learned twin ("species" → "Art", "Spezies"), and its rarity let it alone carry an off-topic article
    /// (measured: an unanswerable answered). A hyphenated word's parts are asked each on its own ("Anglo-American":
    /// "American" has no translation, so "America" joins it). Measured: added only where the whole word had no
    /// translation at all, nothing changed (train, probes) — the parts of a translated hyphenated word were skipped.
    /// </remarks>
    private void AddCognates(string word, string source, string target, List<WeightedTerm> expansions)
    {
        if (IsAbbreviation(word) || FunctionWords.IsGeneric(word)) return;
        var group = $"{source}:{word}";
        if (expansions.Any(e => e.Group == group && e.Language == target && OccursInIndex(e.Text, target))) return;
        var kept = 0;
        foreach (var spelling in Cognates.Spellings(word, source))
        {
            if (kept >= _options.MaxTranslations) break;
            if (FunctionWords.IsGeneric(spelling) || !OccursInIndex(spelling, target)
                || expansions.Any(e => e.Group == group && e.Text.Equals(spelling, StringComparison.OrdinalIgnoreCase))) continue;
            expansions.Add(new WeightedTerm(spelling, target, (float)_options.Weight) { Group = group });
            kept++;
        }
    }

    /// <summary>
    /// A German superlative or comparative as the English articles grade its positive (<see cref="GradedAdjectives"/>:
    /// "größte" → "biggest", "largest"), in the word's group beside its own translations: the dictionary lists the graded
    /// form with few senses ("größte" → major, most), the positive with all of them.
    /// </summary>
    private void AddGradedForms(CompiledLexicon german, string word, List<WeightedTerm> expansions)
    {
        if (_bySourceLanguage["en"].Value is not { } english || GradedAdjectives.PositiveOf(german, word) is not var (positive, degree)) return;
        var group = $"de:{word}";
        var added = 0;
        foreach (var translation in german.Translations(positive).Where(IsSingleWord).Take(MaxGradedSenses))
            foreach (var form in GradedAdjectives.EnglishForms(english, translation, degree))
            {
                if (added >= _options.MaxTranslations) return;
                if (!OccursInIndex(form, "en") || expansions.Any(e => e.Group == group && e.Text.Equals(form, StringComparison.OrdinalIgnoreCase))) continue;
                expansions.Add(new WeightedTerm(form, "en", (float)_options.Weight) { Group = group });
                added++;
            }
    }

    /// <summary>The positive's senses whose graded forms are tried (later ones are rarer: "groß" → … roomy, capital).</summary>
    private const int MaxGradedSenses = 20;

    /// <summary>The weight of the translations of a word no passage of the question's language has: that of a typed word.</summary>
    private const float UnsharedWordWeight = 1f;

    /// <returns>True when the word itself was translated, false when only its parts were (or nothing).</returns>
    private bool AddWord(CompiledLexicon lexicon, string word, string source, string target, List<WeightedTerm> expansions, Dictionary<string, List<string>> fromPhrases)
    {
        if (AddTranslations(lexicon, word, source, target, expansions, fromPhrases.GetValueOrDefault(word)) > 0) return true;
        if (!word.Contains('-'))
        {
            AddCompoundParts(lexicon, word, source, target, expansions);
            return false;
        }
        // A hyphenated compound the dictionary lacks ("Aids-Impfstoff", "Arsenal-Vize") is its parts: each part
        // translates on its own ("vaccine", "vice"); a part that is a name stays as typed. Parts the dictionary
        // lists hyphenated stay together ("U-Bahn-Arbeiter": "U-Bahn" → tube, then "Arbeiter" → worker).
        // A part that is itself a compound the dictionary lacks ("US-Tennislegende", "Wahlkampfstratege") is its listed
        // parts, as the whole word would be without the hyphen: "Tennislegende" had no translation at all. Not a name the
        // other language writes as typed ("Liverpool-Stürmer"): its syllables are no parts ("pool"); and not a compound
        // the question's own language's articles write ("Eisenbahngesetz-Novelle"): that article is the one asked for.
        // A part's phrase translations join its group as a whole word's do: the compound a hyphenated modifier makes with its
        // head ("fibre-optic network" → "Glasfasernetz") says "optic" too, and the topic check found "optic" nowhere.
        foreach (var part in HyphenatedParts(lexicon, word, source).Where(p => p.Contains('-') || IsContentWord(p, source)).Distinct(StringComparer.OrdinalIgnoreCase))
            if (AddTranslations(lexicon, part, source, target, expansions, fromPhrases.GetValueOrDefault(part)) == 0 && !part.Contains('-') && !IsNameWrittenAlike(lexicon, part, source, target)
                && !OccursInIndex(part, source))
                AddSearchOnly(expansions, () => AddCompoundParts(lexicon, part, source, target, expansions));
        return false;
    }

    /// <summary>
    /// The expansions <paramref name="add"/> appends retrieve only (<see cref="WeightedTerm.SearchOnly"/>): a hyphenated
    /// word's part read by its own parts ("Tennislegende" → tennis, legend) finds the article, but the parts' translations
    /// in the sentence scoring drew the answer to the sentence restating the compound (measured: 4 hits became wrong sentences).
    /// </summary>
    private static void AddSearchOnly(List<WeightedTerm> expansions, Action add)
    {
        var before = expansions.Count;
        add();
        for (var i = before; i < expansions.Count; i++) expansions[i] = expansions[i] with { SearchOnly = true };
    }

    /// <summary>A word the dictionary does not translate, read as a German compound of parts it lists (or borrowed ones).</summary>
    private void AddCompoundParts(CompiledLexicon lexicon, string word, string source, string target, List<WeightedTerm> expansions)
    {
        // A German compound the dictionary lacks ("Frühjahrsparteitag") is its listed parts ("Frühjahr" → spring,
        // "Parteitag" → party conference), as a hyphenated one is; a part German borrowed from the other language
        // ("Software" in "Softwarepatenten") is its own translation, as the other language's articles write it.
        // Each part's borrowed check reads the index, so the split's answer is kept for the parts it returns.
        var borrowed = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool IsBorrowedPart(string part) => borrowed.TryGetValue(part, out var known) ? known : borrowed[part] = IsBorrowed(lexicon, part, target);
        var parts = source == "de" ? GermanCompoundParts.Of(lexicon, word, IsBorrowedPart) : [];
        foreach (var part in parts)
        {
            if (AddTranslations(lexicon, part, source, target, expansions) == 0 && IsBorrowedPart(part))
                expansions.Add(new WeightedTerm(part, target, (float)_options.Weight) { Group = $"{source}:{part}" });
            else AddSpelledAlike(lexicon, part, source, target, expansions);
        }
        if (parts.Count == 2) AddCompassWords(lexicon, word, parts[0], expansions);
        // One whose head the dictionary does not know ("Sendegebühren", "Paläoklimatologen") is at least a kind of its
        // last part (fees, climatologists): without it the question's most specific word had no translation at all.
        if (parts.Count == 0 && source == "de" && GermanCompoundParts.Tail(lexicon, word) is { } tail)
            AddTranslations(lexicon, tail, source, target, expansions);
    }

    /// <summary>
    /// A compound's part German borrowed from English and still writes alike ("Liberal" in "Liberaldemokraten", "Job" in
    /// "Jobbezeichnung", "Single" in "Benefizsingle"): the English word joins the part's group. A typed word needs no such
    /// translation (the question's words search every language's articles as typed), and the compiled dictionary drops a
    /// translation identical to its headword; but a part is no typed word, so "Liberaldemokraten" reached the English
    /// articles only as "liberally" and "democrats", "Jobbezeichnung" as "racket".
    /// </summary>
    /// <remarks>
    /// A word of the other language's dictionary that its articles write more often than any of the part's translations,
    /// as <see cref="IsOtherLanguagesName"/> tells a name: the senses the dictionary gives a loanword are its rare ones
    /// ("Job" → racket, billet; "Single" → singleton), while a German word's own sense is the commoner English word
    /// ("Rat" → council outnumbers "rat", "Tag" → day outnumbers "tag").
    /// </remarks>
    private void AddSpelledAlike(CompiledLexicon lexicon, string part, string source, string target, List<WeightedTerm> expansions)
    {
        if (part.Length < MinCompoundPart || !part.All(char.IsLetter) || _bySourceLanguage[target].Value is not { } other || !IsListedWord(other, part)) return;
        var group = $"{source}:{part}";
        if (expansions.Any(e => e.Group == group && e.Text.Equals(part, StringComparison.OrdinalIgnoreCase))) return;
        if (_statistics.AnalyzeTerms(part, target) is not [var term]) return;
        var asTyped = _statistics.DocumentFrequency(term, target);
        // A translation that is the same word to the analyser ("liberally" for "Liberal") is the part itself, no rival sense.
        if (asTyped == 0 || ExpansionTranslations(lexicon, part, source).Where(IsSingleWord)
                .Any(t => _statistics.AnalyzeTerms(t, target) is [var rival] && rival != term && _statistics.DocumentFrequency(rival, target) >= asTyped)) return;
        expansions.Add(new WeightedTerm(part, target, (float)_options.Weight) { Group = group });
    }

    /// <summary>
    /// A German region of a compass point and a place ("Südkalifornien" → "Süd", "Kalifornien"; <see cref="CompassPlaces"/>):
    /// the point's group also holds the English compass adjective ("Southern"), which the articles write before a region
    /// where the dictionary's "Süd" gives only "south", "southerly". Only when the rest is a place the dictionary lists.
    /// </summary>
    private void AddCompassWords(CompiledLexicon german, string word, string point, List<WeightedTerm> expansions)
    {
        if (CompassPlaces.SplitGerman(word) is not { } split || split.Point != point || !IsNameIn(german, split.Place, "de")) return;
        var group = $"de:{point}";
        foreach (var english in split.English)
            if (OccursInIndex(english, "en") && !expansions.Any(e => e.Group == group && e.Text.Equals(english, StringComparison.OrdinalIgnoreCase)))
                expansions.Add(new WeightedTerm(english, "en", (float)_options.Weight) { Group = group });
    }

    /// <summary>
    /// An English region of a compass word and a place ("Southern California", "East Africa"): German writes one compound
    /// of the compass point and the place's translation ("Südkalifornien", "Ostafrika"), which neither word's own
    /// translation shows ("südlich", "Kalifornien"). A compound the index holds is a translation of both words.
    /// </summary>
    private void CompassCompounds(CompiledLexicon english, List<string> words, Dictionary<string, List<string>> byWord)
    {
        if (_bySourceLanguage["de"].Value is not { } german) return;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var place = words[i + 1];
            if (CompassPlaces.GermanPoint(words[i]) is not { } point || place.Length < MinNamePart || !char.IsUpper(place[0]) || !place.All(char.IsLetter)) continue;
            foreach (var translation in ExpansionTranslations(english, place, "en").Where(t => IsSingleWord(t) && t.All(char.IsLetter) && IsNameIn(german, t, "de")).Take(MaxPlaceAnchors))
            {
                var joined = point + char.ToLowerInvariant(translation[0]) + translation[1..];
                if (!OccursInIndex(joined, "de")) continue;
                foreach (var word in new[] { words[i], place })
                {
                    var list = byWord.TryGetValue(word, out var existing) ? existing : byWord[word] = [];
                    if (!list.Contains(joined, StringComparer.OrdinalIgnoreCase)) list.Add(joined);
                }
            }
        }
    }

    /// <summary>
    /// A capitalised word (not the question's first) that the other language's articles write as typed and the
    /// dictionary does not list as typed: a name ("Federer", "Zollner"), which the look-up would otherwise reach through
    /// a form stripped of an inflection it never had ("Federer" → "Feder" → feather, spring). Its typed form already
    /// matches the other language's articles; dictionary senses would only match unrelated ones.
    /// </summary>
    /// <remarks>
    /// Also a name the dictionary knows as a common word of the question's language ("Manchester" → corduroy, "Trump" →
    /// Trompete), when the other language's dictionary does not know the word (it is no word there, so the articles
    /// that write it name something) and those articles write it more often than any of its translations: its senses
    /// drew articles about cloth and trumpets and stood for the name in the details check. A word the other language
    /// has as a word of its own ("Chef", "Gift", "Kind") keeps its translations, as does one its articles write less
    /// often than its translation ("Austria" in German articles that say "Österreich").
    /// </remarks>
    private bool IsNameWrittenAlike(CompiledLexicon lexicon, string word, string source, string target) =>
        word.Length >= MinNamePart && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && word.All(char.IsLetter)
        && OccursInIndex(word, target) && (lexicon.Translations(word).Count == 0 || IsOtherLanguagesName(lexicon, word, source, target));

    private bool IsOtherLanguagesName(CompiledLexicon lexicon, string word, string source, string target)
    {
        if (_bySourceLanguage[target].Value is not { } other || other.Translations(word).Count > 0) return false;
        var asTyped = Frequency(word, target);
        return ExpansionTranslations(lexicon, word, source).Where(IsSingleWord).All(t => Frequency(t, target) < asTyped);
    }

    private void Remember(string query, string source, List<WeightedTerm> expansions) => _recent.Set((query, source), expansions);

    /// <summary>
    /// A German question's compound that the index rarely or never holds, in the spellings with its first part long or
    /// clipped (<see cref="GermanCompoundVariants"/>: "Autowirtschaft" → "Automobilwirtschaft") that the index holds: German
    /// alternatives of the word, in its group, for German passages.
    /// </summary>
    private void AddCompoundVariants(CompiledLexicon german, string query, List<WeightedTerm> expansions)
    {
        foreach (var word in ContentWords(query, "de").Where(w => w.Length >= MinVariantWord && char.IsUpper(w[0])).Take(MaxWords))
        {
            if (_statistics.AnalyzeTerms(word, "de") is not [var term] || _statistics.DocumentFrequency(term, "de") > MaxVariantFrequency) continue;
            var group = $"de:{word}";
            foreach (var variant in _compoundVariants.GetOrAdd(word, w => GermanCompoundVariants.Of(german, w)).Where(v => OccursInIndex(v, "de")).Take(_options.MaxTranslations))
                expansions.Add(new WeightedTerm(variant, "de", (float)_options.Weight) { Group = group });
        }
    }

    /// <summary>
    /// A German question's compound as the articles may name the same thing with another modifier before the same head
    /// (<see cref="GermanCompoundSynonyms"/>: "Unterrichtsministerium" → "Bildungsministerium"): German alternatives of
    /// the word, in its group. Where the index rarely writes the typed compound they retrieve, as its spelling variants
    /// do (an article naming the ministry its own way was not found); where it is the index's own word they only show
    /// it in the passages retrieved (<see cref="WeightedTerm.Synonym"/>), so they never widen the net around a common word.
    /// </summary>
    private void AddCompoundSynonyms(CompiledLexicon german, string query, List<WeightedTerm> expansions)
    {
        if (_bySourceLanguage["en"].Value is not { } english) return;
        foreach (var word in ContentWords(query, "de").Where(w => char.IsUpper(w[0])).Take(MaxWords))
        {
            if (_statistics.AnalyzeTerms(word, "de") is not [var term]) continue;
            var rare = _statistics.DocumentFrequency(term, "de") <= MaxVariantFrequency;
            var group = $"de:{word}";
            foreach (var synonym in _compoundSynonyms.GetOrAdd(word, w => GermanCompoundSynonyms.Of(german, english, w))
                         .Where(v => OccursInIndex(v, "de") && !expansions.Any(e => e.Group == group && e.Text.Equals(v, StringComparison.OrdinalIgnoreCase)))
                         .Take(_options.MaxTranslations))
                expansions.Add(new WeightedTerm(synonym, "de", (float)_options.Weight) { Group = group, Synonym = !rare });
        }
    }

    private readonly BoundedCache<string, IReadOnlyList<string>> _compoundSynonyms = new(MaxRememberedWords, StringComparer.Ordinal);

    /// <summary>
    /// The question's ordinary words as the articles of its own language may write them instead
    /// (<see cref="SameLanguageSynonyms"/>: "Beschäftigte" → "Mitarbeiter", "Angestellte"; "kids" → "children"): same-language
    /// alternatives of the word, in its group, as its spelling variants are. They never retrieve (<see cref="WeightedTerm.Synonym"/>);
    /// in the passages retrieved, the sentence coverage and the counted-noun check ("Wie viele Beschäftigte …" over "rund
    /// 250 Angestellte") count them as the word. Names have none ("Bayern" is no "Bavarians"), nor generic words.
    /// </summary>
    private void AddSynonyms(CompiledLexicon lexicon, string query, string source, string target, List<WeightedTerm> expansions)
    {
        if (_bySourceLanguage[target].Value is not { } backward) return;
        foreach (var word in ContentWords(query, source).Take(MaxWords))
        {
            if (!IsOrdinaryWord(word, source)) continue;
            var group = $"{source}:{word}";
            var typed = _statistics.AnalyzeTerms(word, source);
            // Another form of the word itself ("Beschäftigter") is the word, to the analyser as to the reader.
            bool IsOtherWord(string synonym) =>
                _statistics.AnalyzeTerms(synonym, source) is { Count: > 0 } terms && !terms.Any(typed.Contains) && OccursInIndex(synonym, source);
            var added = 0;
            foreach (var synonym in _synonyms.GetOrAdd((source, word), key => SameLanguageSynonyms.Of(lexicon, backward, key.Item2, key.Item1)))
            {
                if (added >= _options.MaxTranslations) break;
                if (!IsOtherWord(synonym)) continue;
                expansions.Add(new WeightedTerm(synonym, source, (float)_options.Weight) { Group = group, Synonym = true });
                added++;
            }
            // The strict ones mark a synonym already added as the same sense, or join the group for the topic checks alone (CheckOnly).
            foreach (var synonym in _sameSense.GetOrAdd((source, word), key => SameSenseSynonyms.Of(lexicon, backward, key.Item2, key.Item1)))
            {
                if (!IsOtherWord(synonym)) continue;
                var index = expansions.FindIndex(e => e.Group == group && e.Language == source && e.Text.Equals(synonym, StringComparison.OrdinalIgnoreCase));
                if (index >= 0) expansions[index] = expansions[index] with { SameSense = true };
                else expansions.Add(new WeightedTerm(synonym, source, (float)_options.Weight) { Group = group, Synonym = true, SameSense = true, CheckOnly = true });
            }
        }
    }

    private readonly BoundedCache<(string, string), IReadOnlyList<string>> _synonyms = new(MaxRememberedWords);
    private readonly BoundedCache<(string, string), IReadOnlyList<string>> _sameSense = new(MaxRememberedWords);

    /// <summary>
    /// A who-question's verbs as the articles of its own language name their doer (<see cref="AgentNouns"/>: "Wer
    /// trainiert …?" → "Trainer", "Coach"; "Who owns …?" → "owner"): same-language alternatives of the verb, in its group,
    /// as its synonyms are. They never retrieve (<see cref="WeightedTerm.Synonym"/>); in the passages retrieved, the
    /// sentence that names the person by the role ("erklärte Vikings-Chefcoach Chris Calaycay") shows the asked verb.
    /// Only for questions that ask for a person: "Was trainiert der Sportler?" asks for no doer.
    /// </summary>
    /// <remarks>
    /// Where the index holds the other language, the doer noun as its articles write it joins the group too ("Who directed
    /// the new Evita?" over "Regisseur und Choreograf Vincent Paterson"): the verb's own translations ("geleitet",
    /// "gerichtet") never name the person by the role. Single-word translations only, and only those the index holds.
    /// </remarks>
    private void AddAgentNouns(CompiledLexicon lexicon, string query, string source, string target, List<WeightedTerm> expansions)
    {
        if (!Words().Matches(query).Any(m => FunctionWords.IsPersonInterrogative(m.Value))) return;
        var crossLingual = _statistics.PassageCountIn(target) > 0;
        foreach (var word in ContentWords(query, source).Where(w => char.IsLower(w[0])).Take(MaxWords))
        {
            var group = $"{source}:{word}";
            var typed = _statistics.AnalyzeTerms(word, source);
            foreach (var agent in _agentNouns.GetOrAdd((source, word), key => AgentNouns.Of(lexicon, key.Item2, key.Item1)))
            {
                if (crossLingual) AddAgentTranslations(lexicon, agent, target, group, expansions);
                if (_statistics.AnalyzeTerms(agent, source) is not { Count: > 0 } terms || terms.Any(typed.Contains) || !OccursInIndex(agent, source)
                    || expansions.Any(e => e.Group == group && e.Language == source && e.Text.Equals(agent, StringComparison.OrdinalIgnoreCase))) continue;
                expansions.Add(new WeightedTerm(agent, source, (float)_options.Weight) { Group = group, Synonym = true, Doer = true });
            }
        }
    }

    /// <summary>The doer noun's single-word translations the index holds, as doers of the verb's group in <paramref name="target"/>.</summary>
    private void AddAgentTranslations(CompiledLexicon lexicon, string agent, string target, string group, List<WeightedTerm> expansions)
    {
        var added = 0;
        foreach (var translation in lexicon.Translations(agent).Where(t => IsSingleWord(t) && t.All(char.IsLetter)))
        {
            if (added >= _options.MaxTranslations) break;
            if (!OccursInIndex(translation, target) || expansions.Any(e => e.Group == group && e.Language == target && e.Text.Equals(translation, StringComparison.OrdinalIgnoreCase))) continue;
            expansions.Add(new WeightedTerm(translation, target, (float)_options.Weight) { Group = group, Synonym = true, Doer = true });
            added++;
        }
    }

    private readonly BoundedCache<(string, string), IReadOnlyList<string>> _agentNouns = new(MaxRememberedWords);

    /// <summary>
    /// A word of the language's vocabulary, not a name: lower case in English (the question's first word is a question
    /// word), and in German listed with a lower-case first translation (<see cref="IsCommonWord"/>).
    /// </summary>
    private bool IsOrdinaryWord(string word, string language)
    {
        if (!word.All(char.IsLetter)) return false;
        if (language != "de") return char.IsLower(word[0]);
        return IsCommonWord(word, language) == true;
    }

    private readonly BoundedCache<string, IReadOnlyList<string>> _compoundVariants = new(MaxRememberedWords, StringComparer.Ordinal);
    private const int MinVariantWord = 7;
    /// <summary>A compound in more passages than this is the index's own spelling: its variants would only widen the net.</summary>
    private const int MaxVariantFrequency = 2;

    /// <summary>
    /// Two adjacent content words the dictionary lists as one term ("North Sea" → "Nordsee", "air strikes" →
    /// "Luftangriff", "Cultural Revolution" → "Kulturrevolution"): German writes it as one compound that neither
    /// word's own translation shows, so the term's translation joins each word's group, ahead of the word's own.
    /// </summary>
    private Dictionary<string, List<string>> PhraseTranslations(CompiledLexicon lexicon, string query, string source, string target)
    {
        var byWord = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var words = Words().Matches(query).Select(m => Bare(m.Value)).ToList();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!IsContentWord(words[i], source) || !IsContentWord(words[i + 1], source)) continue;
            var term = TermAsListed(lexicon, words[i], words[i + 1], source);
            foreach (var translation in ExpansionTranslations(lexicon, term, source))
            {
                if (!IsSingleWord(translation) || !OccursInIndex(translation, target)) continue;
                foreach (var word in new[] { words[i], words[i + 1] })
                    (byWord.TryGetValue(word, out var list) ? list : byWord[word] = []).Add(translation);
            }
            // An institution the other language names in words of its own ("Supreme Court" → "Oberster Gerichtshof",
            // "Oberster Gerichtshof" → "Supreme Court"): the phrase, shown where all its words stand, is a translation
            // of a word that has none of its own (AddTranslations), so the detail check finds "Supreme" in the German article.
            foreach (var phrase in _translations.GetOrAdd((source, term), key => Translate(lexicon, key.Item2, key.Item1, singleWords: false))
                         .Where(t => !IsSingleWord(t)).Take(_options.MaxTranslations))
            {
                if (PhraseWords(phrase, target) is not { } phraseWords || !phraseWords.All(w => OccursInIndex(w, target))) continue;
                var text = string.Join(' ', phraseWords);
                foreach (var word in new[] { words[i], words[i + 1] })
                {
                    var list = byWord.TryGetValue(word, out var existing) ? existing : byWord[word] = [];
                    if (!list.Contains(text, StringComparer.OrdinalIgnoreCase)) list.Add(text);
                }
            }
        }
        for (var i = 0; i + 1 < words.Count; i++)
        {
            // Two capitalised words the other language writes as one name ("Hong Kong" / "Hongkong", "Sri Lanka"). Not a
            // hyphenated word: "Arsenal-Vize David" is no "Arsenal-Vizedavid", whose "arsenal" the index has, so that the join
            // passed for a name the other language writes and made "arsenal" a translation of "David".
            if (words[i].Length < MinNamePart || words[i + 1].Length < MinNamePart || !char.IsUpper(words[i][0]) || !char.IsUpper(words[i + 1][0])
                || !words[i].All(char.IsLetter) || !words[i + 1].All(char.IsLetter)) continue;
            var joined = words[i] + char.ToLowerInvariant(words[i + 1][0]) + words[i + 1][1..];
            if (lexicon.Translations(words[i]).Count > 0 || lexicon.Translations(words[i + 1]).Count > 0 || !OccursInIndex(joined, target)) continue;
            foreach (var word in new[] { words[i], words[i + 1] })
                (byWord.TryGetValue(word, out var list) ? list : byWord[word] = []).Add(joined);
        }
        if (target == "de")
        {
            JoinedCompounds(lexicon, words, source, byWord);
            ModifiedCompounds(lexicon, words, source, byWord);
            CompassCompounds(lexicon, words, byWord);
        }
        return byWord;
    }

    /// <summary>
    /// Two adjacent words as the dictionary lists them: German declines both words of a name ("des Obersten
    /// Gerichtshofs" is "Oberster Gerichtshof"), so for two capitalised German words each one's look-up forms are
    /// tried; otherwise the two as written (the look-up strips the last word's endings itself).
    /// </summary>
    private static string TermAsListed(CompiledLexicon lexicon, string first, string second, string source)
    {
        var asWritten = $"{first} {second}";
        if (source != "de" || !char.IsUpper(first[0]) || !char.IsUpper(second[0]) || lexicon.Translations(asWritten).Count > 0) return asWritten;
        foreach (var head in AdjectiveForms(first))
        foreach (var tail in WordForms.Candidates(second, "de").Take(MaxTermForms))
            if (lexicon.Translations($"{head} {tail}").Count > 0) return $"{head} {tail}";
        return asWritten;
    }

    private const int MaxTermForms = 4;

    /// <summary>A declined German adjective's listed forms: "Obersten" → "Oberster", "Oberste"; "Auswärtigen" → "Auswärtiges".</summary>
    private static IEnumerable<string> AdjectiveForms(string word)
    {
        yield return word;
        var ending = AdjectiveEndings.FirstOrDefault(e => word.Length > e.Length + 3 && word.EndsWith(e, StringComparison.Ordinal));
        if (ending is null) yield break;
        var stem = word[..^ending.Length];
        foreach (var listed in AdjectiveEndings.Where(e => e != ending)) yield return stem + listed;
    }

    private static readonly string[] AdjectiveEndings = ["en", "em", "es", "er", "e"];

    /// <summary>
    /// English writes as two words what German writes as one compound of their translations: "staff costs" →
    /// "Personalkosten", "production company" → "Produktionsfirma", "car toll" → "Pkw-Maut" / "Automaut", "spring
    /// party conference" → "Frühjahrsparteitag" (the tail may be a two-word term itself). The dictionary lists few
    /// such compounds, so the translations of adjacent nouns are joined (with German's linking elements) and a join
    /// the index holds is a translation of both words, as a listed term's would be.
    /// </summary>
    private void JoinedCompounds(CompiledLexicon lexicon, List<string> words, string source, Dictionary<string, List<string>> byWord)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!IsContentWord(words[i], source) || !IsContentWord(words[i + 1], source) || FunctionWords.IsGeneric(words[i])) continue;
            var heads = Nouns(lexicon, words[i], source).Concat(Borrowed(words[i])).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (heads.Count == 0) continue;
            // The tail: the next word, or the next two when the dictionary lists them as one term ("party conference").
            var tails = new List<(string Translation, int Words)>(Nouns(lexicon, words[i + 1], source).Concat(Borrowed(words[i + 1]))
                .Distinct(StringComparer.OrdinalIgnoreCase).Select(t => (t, 1)));
            if (i + 2 < words.Count && IsContentWord(words[i + 2], source))
                tails.AddRange(Nouns(lexicon, $"{words[i + 1]} {words[i + 2]}", source).Select(t => (t, 2)));
            foreach (var head in heads)
            foreach (var (tail, span) in tails)
            foreach (var compound in GermanCompoundLinks.Joins(head, tail))
            {
                if (!OccursInIndex(compound, "de")) continue;
                for (var w = i; w <= i + span; w++)
                {
                    var list = byWord.TryGetValue(words[w], out var existing) ? existing : byWord[words[w]] = [];
                    if (!list.Contains(compound, StringComparer.OrdinalIgnoreCase)) list.Add(compound);
                }
                // ... and once is enough for this pair of translations (the first linking element the index has)
                break;
            }
        }
    }

    /// <summary>
    /// An English noun as German borrows it into a compound, capitalised, as typed and in its singular: "internet
    /// providers" → "Internetprovider", "house arrest" → "Hausarrest", "border management" → "Grenzmanagement". The
    /// dictionary translates the word ("internet" → "Netz", "providers" → "Anbieter"), never into itself, so the join of
    /// translations alone missed the compound the German article writes. A join is kept only where the index has it.
    /// </summary>
    private static IEnumerable<string> Borrowed(string word)
    {
        if (word.Length < MinBorrowedWord || !word.All(char.IsLetter) || !char.IsLower(word[0])) yield break;
        yield return char.ToUpperInvariant(word[0]) + word[1..];
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) yield return char.ToUpperInvariant(word[0]) + word[1..^1];
    }

    /// <summary>
    /// Shorter English words are mostly function words or too short to stand as a compound's part. Three letters
    /// still make one: "pop star" is the German article's "Popstar", "web site" its "Website", "fan club" its "Fanclub"
    /// (a join stands only where the index has it).
    /// </summary>
    private const int MinBorrowedWord = 3;

    /// <summary>German nouns (capitalised single words) among the first translations of an English word or term.</summary>
    private List<string> Nouns(CompiledLexicon lexicon, string word, string source) =>
        ExpansionTranslations(lexicon, word, source)
            .Where(t => IsSingleWord(t) && t.Length >= MinCompoundPart && char.IsUpper(t[0]) && t.All(char.IsLetter) && !FunctionWords.IsGeneric(t))
            .Take(MaxCompoundParts).ToList();

    /// <summary>
    /// <paramref name="name"/> as two capitalised words the index of <paramref name="language"/> holds ("Hongkong" →
    /// "Hong Kong"), the split whose rarer part is commonest; null when there is none.
    /// </summary>
    /// <remarks>
    /// Only parts the question language's dictionary does not know: "Hong" and "Kong" are pieces of a foreign name,
    /// "Deutschland" and "Ticket" make a German compound ("Deutschlandticket") that is no English name.
    /// </remarks>
    private string? SeparatedName(CompiledLexicon lexicon, string name, string language)
    {
        if (name.Length < 2 * MinNamePart || !name.All(char.IsLetter)) return null;
        string? best = null;
        var bestFrequency = 0;
        for (var cut = MinNamePart; cut <= name.Length - MinNamePart; cut++)
        {
            var (head, tail) = (name[..cut], char.ToUpperInvariant(name[cut]) + name[(cut + 1)..]);
            var frequency = Math.Min(Frequency(head, language), Frequency(tail, language));
            if (frequency <= bestFrequency || lexicon.Translations(head).Count > 0 || lexicon.Translations(tail).Count > 0) continue;
            bestFrequency = frequency;
            best = $"{head} {tail}";
        }
        return best;
    }

    private int Frequency(string word, string language) =>
        _statistics.AnalyzeTerms(word, language) is [var term] ? _statistics.DocumentFrequency(term, language) : 0;

    private const int MinNamePart = 4;

    private const int MaxCompoundParts = 8;
    private const int MinCompoundPart = 3;

    /// <summary>
    /// A word the dictionary does not translate that is a word of the other language, as its dictionary lists it and its
    /// articles write it ("Chart", "Comedy"): German borrowed it. Not a syllable that the other language's analyser merely
    /// stems to one of its words ("Sende" → send).
    /// </summary>
    private bool IsBorrowed(CompiledLexicon lexicon, string word, string target) =>
        lexicon.Translations(word).Count == 0 && _bySourceLanguage[target].Value is { } other && IsListedWord(other, word) && OccursInIndex(word, target);

    /// <summary>
    /// The dictionary lists the word, or terms that begin with it ("software package"): a word it lists only as itself
    /// ("software" → Software) has no translation of its own once compiled, but its terms show it is a word.
    /// </summary>
    private static bool IsListedWord(CompiledLexicon lexicon, string word)
    {
        if (lexicon.Translations(word).Count > 0) return true;
        var lower = word.ToLowerInvariant();
        return lexicon.HeadwordsStartingWith(lower + " ", 1).Count > 0 || lexicon.HeadwordsStartingWith(lower + "-", 1).Count > 0;
    }

    /// <summary>
    /// Adds the best few translations of <paramref name="word"/> that the index holds, as one group, after the
    /// translations of a term it is part of (<paramref name="fromPhrase"/>, which take none of the word's own
    /// places: "air strike" → "Luftschlag" must not push "Luft" out); returns how many.
    /// </summary>
    /// <param name="groupWord">The question's word the translations stand for, when <paramref name="word"/> is not it (a phrasal verb).</param>
    private int AddTranslations(CompiledLexicon lexicon, string word, string source, string target, List<WeightedTerm> expansions,
        IReadOnlyList<string>? fromPhrase = null, string? groupWord = null)
    {
        var group = $"{source}:{groupWord ?? word}";
        var termSingles = (fromPhrase ?? []).Where(IsSingleWord).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var translation in termSingles)
            expansions.Add(new WeightedTerm(translation, target, (float)_options.Weight) { Group = group });
        var kept = 0;
        var usable = ExpansionTranslations(lexicon, word, source)
            .Where(t => IsSingleWord(t) && !FunctionWords.IsGeneric(t) && OccursInIndex(t, target)
                        && fromPhrase?.Contains(t, StringComparer.OrdinalIgnoreCase) != true)
            .ToList();
        foreach (var translation in source == "en" ? CommonestKept(usable, target) : usable.Take(_options.MaxTranslations))
        {
            expansions.Add(new WeightedTerm(translation, target, (float)_options.Weight) { Group = group });
            kept++;
        }
        if (source == "en" && target == "de")
        {
            AddCompoundsClosedBy(lexicon, word, expansions, group);
            kept += AddCountries(lexicon, word, expansions, group);
        }
        kept += AddPlaceFamily(lexicon, word, source, target, expansions, group);
        if (kept == 0 && termSingles.Count == 0)
        {
            // A word the other language renders only within a two-word term's phrase ("Supreme" in "Supreme Court" →
            // "Oberster Gerichtshof"): the phrase, all its words or nothing, is its translation, so the detail check finds
            // "Supreme" in the German article. A word with a translation of its own ("Court" → "Gericht", "States" →
            // "Staaten") keeps to it: as a second way to show "States", "Vereinigte Staaten" drew the details and the
            // evidence to passages saying it (XQuAD en→de "… airport in the United States?" lost its gold from rank 4).
            foreach (var translation in (fromPhrase ?? []).Where(t => !IsSingleWord(t)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                expansions.Add(new WeightedTerm(translation, target, (float)_options.Weight) { Group = group, AllWords = true });
                termSingles.Add(translation);
            }
        }
        var fromTerm = termSingles.Count;
        if (kept == 0 && fromTerm == 0 && target == "de")
        {
            // A translation German writes only inside compounds ("pay" → "Lohn": "Lohnerhöhung", "Mindestlohn") is
            // no query term, but the answer's evidence finds it in the compound; without it the word would be invisible.
            foreach (var translation in ExpansionTranslations(lexicon, word, source))
            {
                if (kept >= 1) break;
                if (!IsSingleWord(translation) || FunctionWords.IsGeneric(translation) || !BeginsCompound(translation)) continue;
                expansions.Add(new WeightedTerm(translation, target, (float)_options.Weight) { Group = group });
                kept++;
            }
        }
        if (kept == 0 && fromTerm == 0)
        {
            // A word the dictionary renders only as phrases ("Lohnerhöhung" → "pay increase", "wage increase";
            // "Personalkosten" → "staff costs"): the other language writes the idea as separate words, so each phrase
            // is one alternative whose content words must all stand in the text (the index finds any of them, the
            // evidence wants all). Without it the question's most specific word would be invisible.
            foreach (var phrase in _translations.GetOrAdd((source, word), key => Translate(lexicon, key.Item2, key.Item1, singleWords: false)))
            {
                if (kept >= _options.MaxTranslations) break;
                // The dictionary's wording need not be the article's ("pay increase", the article says "pay rise"): the
                // phrase's words the index holds stand for it, as long as one is no generic word.
                if (PhraseWords(phrase, target) is not { } words || words.Where(w => OccursInIndex(w, target)).ToList() is not { Count: > 0 } present
                    || present.All(FunctionWords.IsGeneric)) continue;
                var text = string.Join(' ', present);
                if (expansions.Any(e => e.Group == group && e.Text == text)) continue;
                expansions.Add(new WeightedTerm(text, target, (float)_options.Weight) { Group = group });
                kept++;
                // English writes a compound open, hyphenated or closed: the dictionary's "car maker" is the article's "carmaker".
                if (ClosedEnglishCompound(present, target) is { } closed && !expansions.Any(e => e.Group == group && e.Text == closed))
                    expansions.Add(new WeightedTerm(closed, target, (float)_options.Weight) { Group = group });
            }
            if (kept > 0 && source == "de") AddCompoundHead(lexicon, word, source, target, expansions, group);
        }
        if (kept == 0 && fromTerm == 0 && char.IsUpper(word[0]) && !OccursInIndex(word, target)
            && SeparatedName(lexicon, word, target) is { } separated)
        {
            // A name one language writes as one word and the other as two ("Hongkong" / "Hong Kong").
            expansions.Add(new WeightedTerm(separated, target, (float)_options.Weight) { Group = group });
            kept++;
        }
        if (kept == 0 && fromTerm == 0 && char.IsUpper(word[0]) && !OccursInIndex(word, target))
        {
            // A name no dictionary lists and the other language spells its own way ("Temüjin" → "Temüdschin").
            foreach (var variant in NameTransliterations.Variants(word, source).Where(v => OccursInIndex(v, target)).Take(_options.MaxTranslations))
            {
                expansions.Add(new WeightedTerm(variant, target, (float)_options.Weight) { Group = group });
                kept++;
            }
        }
        return kept + fromTerm;
    }

    /// <summary>
    /// The English word's translations the cap keeps, chosen by how many German passages hold each (the dictionary's order
    /// among them is kept): FreeDict lists an English word's rare senses as readily as its common one ("company" →
    /// Kompanie, Begleitung, Gesellschaft … before Unternehmen, Firma), and the cap of the first five dropped the sense
    /// the German articles write.
    /// </summary>
    /// <remarks>
    /// Only en→de. For German words the same choice lost de→en hits and let unanswerables through: German headwords'
    /// rare English senses are often common English words in other senses ("Tor" → fool, gate), and the choice favoured them.
    /// </remarks>
    private IEnumerable<string> CommonestKept(List<string> usable, string target)
    {
        if (usable.Count <= _options.MaxTranslations) return usable;
        var kept = usable.Select((t, position) => (t, position, Frequency(t, target)))
            .OrderByDescending(x => x.Item3).ThenBy(x => x.position).Take(_options.MaxTranslations)
            .ToHashSet();
        return kept.OrderBy(x => x.position).Select(x => x.t);
    }

    /// <summary>
    /// German closes compounds with the word's translation where English writes words apart: "the coast of Africa" is "vor
    /// der Atlantikküste", "an outbreak of plague" a "Pestausbruch", "Anatolia" the "Ostanatolien" of the article. The
    /// index's compounds that end with a translation (after a head of their own) show the word as well, in its group at
    /// <see cref="CompoundTailWeight"/> of a translation: the German article that writes the idea only inside a compound
    /// ranked below articles that matched the question's other words.
    /// </summary>
    /// <remarks>
    /// Only compounds the German dictionary does not list: a listed one is a word of its own whose sense has left its
    /// tail ("zahlreich" is no empire, "Ausdruck" no pressure, "Reihenfolge" no episode) or a name ("Russland" is no
    /// country asked); a compound made for the occasion ("Atlantikküste", "Sojabauern") means what its parts say.
    /// </remarks>
    private void AddCompoundsClosedBy(CompiledLexicon lexicon, string word, List<WeightedTerm> expansions, string group)
    {
        if (_bySourceLanguage["de"].Value is not { } german) return;
        var byTranslation = new List<Queue<string>>();
        foreach (var translation in ExpansionTranslations(lexicon, word, "en")
                     .Where(t => IsSingleWord(t) && char.IsUpper(t[0]) && t.All(char.IsLetter) && !FunctionWords.IsGeneric(t)).Take(_options.MaxTranslations))
        {
            if (_statistics.AnalyzeTerms(translation, "de") is not [var tail] || tail.Length < MinCompoundTail) continue;
            byTranslation.Add(new Queue<string>(_statistics.CompoundsEndingWith(tail, "de", MaxCompoundsClosedBy).Where(c => !IsListedStem(german, c))));
        }
        // Each translation's compounds in turn: taken one translation after the other, the first (often another sense:
        // "beds" → "Schichten": "Polymerschicht", "Wählerschicht") used up the cap, and "Betten" never showed its "Stahlrohrbetten".
        var added = 0;
        while (added < MaxCompoundsClosedBy && byTranslation.Any(q => q.Count > 0))
            foreach (var compounds in byTranslation.Where(q => q.Count > 0))
            {
                if (added >= MaxCompoundsClosedBy) return;
                var compound = compounds.Dequeue();
                if (expansions.Any(e => e.Group == group && e.Text.Equals(compound, StringComparison.OrdinalIgnoreCase))) continue;
                expansions.Add(new WeightedTerm(compound, "de", (float)_options.Weight * CompoundTailWeight) { Group = group });
                added++;
            }
    }

    /// <summary>Whether the dictionary lists the word an analysed German term stands for: the term, or it with the ending the stemmer took.</summary>
    private static bool IsListedStem(CompiledLexicon german, string term) =>
        StemEndings.Any(ending => german.Translations(term + ending).Count > 0);

    private static readonly string[] StemEndings = ["", "e", "en", "n", "er", "s"];

    /// <summary>A compound that ends with the word is weaker evidence than the word: a part, as the query's own split parts weigh.</summary>
    private const float CompoundTailWeight = 0.5f;
    private const int MaxCompoundsClosedBy = 8;
    /// <summary>Shorter analysed tails ("rat", "amt") close too many unrelated words.</summary>
    private const int MinCompoundTail = 4;

    /// <summary>
    /// A German compound the dictionary renders only as phrases ("Internetadressen" → "uniform resource locators",
    /// "Notenbank" → "issuing bank") is also shown by the single-word translations of its last part, the thing it names
    /// ("Adressen" → addresses, "Bank" → bank): an English report words the phrase its own way ("514 compromised net
    /// addresses"), and the phrase, all its words or nothing, left the counted noun unseen. At the word's translation weight.
    /// </summary>
    private void AddCompoundHead(CompiledLexicon lexicon, string word, string source, string target, List<WeightedTerm> expansions, string group)
    {
        if (GermanCompoundParts.Of(lexicon, word, listedWhole: true) is not [_, .., var head]) return;
        var added = 0;
        foreach (var translation in ExpansionTranslations(lexicon, head, source))
        {
            if (added >= MaxHeadTranslations) break;
            if (!IsSingleWord(translation) || FunctionWords.IsGeneric(translation) || !OccursInIndex(translation, target)
                || expansions.Any(e => e.Group == group && e.Text.Equals(translation, StringComparison.OrdinalIgnoreCase))) continue;
            expansions.Add(new WeightedTerm(translation, target, (float)_options.Weight) { Group = group });
            added++;
        }
    }

    /// <summary>A compound's last part is its category: its first senses only, or the phrase's word would widen too far.</summary>
    private const int MaxHeadTranslations = 2;

    /// <summary>
    /// A nationality word's country ("British" → "Großbritannien", "Greek" → "Griechenland"): a German article about
    /// the British government may say only "Großbritannien", which no translation of "British" ("britisch") shows.
    /// The country is an English headword of nearly the same spelling ("Britain", "Greece": the first four letters,
    /// at most three letters longer) that the dictionary knows as a place; only for words it translates into a German
    /// adjective (lower case: "britisch", "griechisch"), which nationality words are and names are not.
    /// </summary>
    private int AddCountries(CompiledLexicon lexicon, string word, List<WeightedTerm> expansions, string group)
    {
        if (word.Length < MinNamePart + 1 || !char.IsUpper(word[0]) || !word.All(char.IsLetter)) return 0;
        var own = ExpansionTranslations(lexicon, word, "en");
        if (!own.Any(t => IsSingleWord(t) && char.IsLower(t[0]))) return 0;
        if (_bySourceLanguage["de"].Value is not { } german) return 0;
        var added = 0;
        foreach (var headword in lexicon.HeadwordsStartingWith(word[..MinNamePart], MaxPrefixHeadwords))
        {
            if (headword.Length > word.Length + 3 || headword.Equals(word, StringComparison.OrdinalIgnoreCase) || !headword.All(char.IsLetter)) continue;
            var place = lexicon.Translations(headword).FirstOrDefault(t => IsSingleWord(t) && char.IsUpper(t[0]));
            if (place is null || !IsNameIn(german, place, "de") || own.Contains(place, StringComparer.OrdinalIgnoreCase) || !OccursInIndex(place, "de")) continue;
            // "Carinthian" is no "Caribbean", though both begin "Cari": the place's English name keeps all of the word but
            // its ending ("Britain" / "British", "Carinthia" / "Carinthian"), or its German name the stem of the word's
            // German adjective ("Norwegen" / "norwegisch", "Ägypten" / "ägyptisch"). Both sides differ by an ending at most:
            // "Austrian" keeps all of "Austria" but is no "Australia", whose "-alia" is no ending (both begin "Austr").
            var shared = SharedStart(headword, word);
            if ((shared < word.Length - MaxNationalityEnding || shared < headword.Length - MaxNationalityEnding)
                && !own.Any(t => SharedStart(t, place) >= MinNamePart)) continue;
            if (expansions.Any(e => e.Group == group && e.Text == place)) continue;
            expansions.Add(new WeightedTerm(place, "de", (float)_options.Weight) { Group = group });
            added++;
        }
        return added;
    }

    private const int MaxPrefixHeadwords = 40;
    /// <summary>How many letters a nationality word's ending adds to or replaces in its place's name ("-ish", "-an", "-ese").</summary>
    private const int MaxNationalityEnding = 3;

    /// <summary>
    /// A place, its adjective and its people are one thing asked, and each language picks its own: "Austria is closing
    /// its embassy" over "die österreichische Botschaft", "den Schweden Larsson" over "the Swedish striker". The family
    /// is found on the German side (<see cref="GermanPlaceWords"/>: "Schweden" → "schwedisch", "Schwede") and kept where
    /// the dictionary lists a member with a capitalised English translation that begins like the English word of the
    /// pair ("Swedish", "Swede" for "Sweden"); a German question gets those English translations, an English one the
    /// German members. Only for words the dictionary knows as places or their people (a capitalised first translation).
    /// </summary>
    private int AddPlaceFamily(CompiledLexicon lexicon, string word, string source, string target, List<WeightedTerm> expansions, string group)
    {
        if (word.Length < MinNamePart || !word.All(char.IsLetter) || (source == "en" && !char.IsUpper(word[0]))) return 0;
        if (_bySourceLanguage["de"].Value is not { } german) return 0;
        var added = 0;
        foreach (var text in _placeFamilies.GetOrAdd((source, word), key => PlaceFamily(lexicon, german, key.Item2, key.Item1)))
        {
            if (expansions.Any(e => e.Group == group && e.Text.Equals(text, StringComparison.OrdinalIgnoreCase)) || !OccursInIndex(text, target)) continue;
            expansions.Add(new WeightedTerm(text, target, (float)_options.Weight) { Group = group });
            added++;
        }
        return added;
    }

    private readonly BoundedCache<(string, string), IReadOnlyList<string>> _placeFamilies = new(MaxRememberedWords);

    private IReadOnlyList<string> PlaceFamily(CompiledLexicon lexicon, CompiledLexicon german, string word, string source)
    {
        // The pairs (German word, English word) whose family to find: the word and its translation.
        var pairs = new List<(string German, string English)>();
        var own = ExpansionTranslations(lexicon, word, source);
        if (source == "de")
        {
            var listed = german.FirstListedForm(word, "de");
            var english = own.FirstOrDefault(t => IsSingleWord(t) && char.IsUpper(t[0]));
            if (listed is not null && english is not null && IsNameIn(german, listed, "de")) pairs.Add((listed, english));
        }
        else
        {
            foreach (var translation in own.Where(t => IsSingleWord(t) && t.Length >= MinNamePart && t.All(char.IsLetter)).Take(MaxPlaceAnchors))
                if (IsNameIn(german, translation, "de")) pairs.Add((translation, word));
            if (pairs.Count == 0) pairs.AddRange(PeopleOfUnlistedPlace(lexicon, german, word).Select(anchor => (anchor, word)));
        }
        var family = new List<string>();
        foreach (var (anchor, english) in pairs)
        {
            foreach (var member in GermanPlaceWords.Related(anchor))
            {
                var resembling = german.Translations(member).Take(MaxPlaceAnchors)
                    .FirstOrDefault(t => IsSingleWord(t) && char.IsUpper(t[0]) && SharedStart(t, english) >= MinSharedEnglishStart)
                    ?? SpelledAlike(german, member, english);
                if (resembling is null) continue;
                var text = source == "de" ? resembling : member;
                if (!own.Contains(text, StringComparer.OrdinalIgnoreCase) && !text.Equals(word, StringComparison.OrdinalIgnoreCase)
                    && !family.Contains(text, StringComparer.OrdinalIgnoreCase)) family.Add(text);
            }
            if (source != "de" || _bySourceLanguage["en"].Value is not { } englishLexicon) continue;
            foreach (var shorter in EnglishStems(englishLexicon, anchor, english))
                if (!own.Contains(shorter, StringComparer.OrdinalIgnoreCase) && !family.Contains(shorter, StringComparer.OrdinalIgnoreCase)) family.Add(shorter);
        }
        return family;
    }

    /// <summary>
    /// A place the English dictionary does not list by its name, though it lists its people or adjective ("Romania" is
    /// missing, "Romanian" → "Rumäne", "rumänisch"; "Tyrol" missing, "Tyrolean" → "Tiroler"): the German name of a
    /// people is the anchor of the place's German family (<see cref="GermanPlaceWords"/>: "Rumäne" → "Rumänien"), which
    /// the German dictionary confirms by the place's English name. Without it "Which former senator's law firm did
    /// Romania's prime minister Ponta team up with?" had no German word for the country, and the one German article
    /// about Ponta lacked the question's detail "Romania". Only a capitalised word the dictionary gives no translation,
    /// and headwords that are the word with a nationality ending ("-n", "-an", "-ese"; <see cref="MaxNationalityEnding"/>).
    /// </summary>
    private static IEnumerable<string> PeopleOfUnlistedPlace(CompiledLexicon english, CompiledLexicon german, string word)
    {
        if (word.Length < MinNamePart + 1 || !char.IsUpper(word[0]) || !word.All(char.IsLetter) || english.Translations(word).Count > 0) return [];
        return english.HeadwordsStartingWith(word, MaxPrefixHeadwords)
            .Where(h => h.Length > word.Length && h.Length <= word.Length + MaxNationalityEnding && h.All(char.IsLetter))
            .SelectMany(h => english.Translations(h).Where(t => IsSingleWord(t) && t.Length >= MinNamePart && char.IsUpper(t[0]) && IsNameIn(german, t, "de")))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxPlaceAnchors).ToList();
    }

    /// <summary>
    /// A place both languages spell alike, which the compiled dictionary lists without a translation (it drops one spelled
    /// as its headword): "Wann hört der Chef der israelischen Notenbank auf?" — "israelisch" → "Israeli", and the English
    /// report says "Bank of Israel". The member is that place when the English adjective is its name with an ending
    /// ("Israel" + "i", "Iran" + "ian"); null otherwise. The caller keeps it only where the index holds it.
    /// </summary>
    private static string? SpelledAlike(CompiledLexicon german, string member, string english) =>
        member.Length >= MinNamePart && char.IsUpper(member[0]) && english.Length > member.Length
        && english.StartsWith(member, StringComparison.OrdinalIgnoreCase) && german.Translations(member).Count == 0
            ? member
            : null;

    /// <summary>
    /// The English words a German place's English name begins with that name the same place's family: "Wann wählt
    /// Kirgistan …?" over a report that says only "Kyrgyz" ("Kirgistan" → "Kyrgyzstan", whose first six letters are the
    /// English headword "Kyrgyz" → "Kirgise", "kirgisisch"). German derives the adjective from another stem than the
    /// country ("kirgisisch", not "kirgistanisch"), so <see cref="GermanPlaceWords"/> does not reach it; English does
    /// ("Kyrgyz", "Uzbek", "Kazakh" + "stan"). Kept where the headword's German translation begins like the German place
    /// (<see cref="MinNamePart"/> letters: "Kirgise" / "Kirgistan"), so "Green" → "grün" is no part of "Grönland".
    /// </summary>
    private static IEnumerable<string> EnglishStems(CompiledLexicon english, string germanPlace, string englishPlace)
    {
        for (var length = MinEnglishStem; length <= englishPlace.Length - MinEnglishEnding; length++)
        {
            var stem = englishPlace[..length];
            if (english.Translations(stem).Any(t => IsSingleWord(t) && SharedStart(t, germanPlace) >= MinNamePart)) yield return stem;
        }
    }

    /// <summary>Shorter stems are other words ("Paki", "Indo").</summary>
    private const int MinEnglishStem = 5;
    /// <summary>What the place's name adds to the stem: "-stan", "-ia", "-a" at least two letters.</summary>
    private const int MinEnglishEnding = 2;

    private static int SharedStart(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && char.ToLowerInvariant(a[n]) == char.ToLowerInvariant(b[n])) n++;
        return n;
    }

    /// <summary>English writes a place's family with the place's first three letters at least: Spain, Spanish, Spaniard.</summary>
    private const int MinSharedEnglishStart = 3;
    private const int MaxPlaceAnchors = 3;

    /// <summary>
    /// The parts of a hyphenated word, longest listed first from the left: "U-Bahn-Arbeiter" → "U-Bahn", "Arbeiter"
    /// (the dictionary lists "U-Bahn"); a part no longer run of parts makes a listed word of stays alone.
    /// </summary>
    private static IEnumerable<string> HyphenatedParts(CompiledLexicon lexicon, string word, string language)
    {
        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        for (var start = 0; start < parts.Length;)
        {
            var end = parts.Length - 1;
            while (end > start && lexicon.Translations(string.Join('-', parts[start..(end + 1)])).Count == 0) end--;
            yield return string.Join('-', parts[start..(end + 1)]);
            start = end + 1;
        }
    }

    /// <summary>
    /// The translations expansion works with: the first listed form's (<see cref="Translate"/>), and where that form is an
    /// inflection the dictionary lists with one narrow sense, the base word's as well. A German verb form is listed
    /// apart from its verb ("kostet" → tastes, tries; "kosten" → cost), so the infinitive's translations follow the
    /// form's own; a German word whose listed base form English spells alike ("Goldenen" → "golden",
    /// "internationalen" → "international") has that spelling first (the compiled dictionary drops a word's
    /// translation as itself, and the typed inflection matches no English text). An English form whose translations
    /// the index lacks ("coaching" → "trainierend") gives way to the next form ("coach" → Trainer).
    /// </summary>
    /// <remarks>Cached per word: the index-dependent choice of form is remade when the memo is cleared.</remarks>
    private IReadOnlyList<string> ExpansionTranslations(CompiledLexicon lexicon, string word, string source) =>
        _expansionTranslations.GetOrAdd((source, word), key => TranslateForExpansion(lexicon, key.Item2, key.Item1));

    private IReadOnlyList<string> TranslateForExpansion(CompiledLexicon lexicon, string word, string source)
    {
        var translations = SingleWordTranslations(lexicon, word, source);
        // An abbreviation is a name ("IS", "WHO", "US"), though the compiled dictionary, which folds case, lists it under
        // the word it spells ("is" → befindet, west): only its translations that are names or abbreviations ("USA", "UNO").
        if (IsAbbreviation(word)) return [.. translations.Where(t => char.IsUpper(t[0]))];
        if (source == "de") return WithGermanBaseForms(lexicon, word, translations);
        // Only ordinary words: a name's other forms are other words ("James" → "jam").
        if (!char.IsLower(word[0]) || word.Contains(' ') || translations.Any(t => IsSingleWord(t) && OccursInIndex(t, "de"))) return translations;
        foreach (var form in WordForms.Candidates(word, source).Skip(1))
        {
            var other = lexicon.Translations(form);
            if (other.Any(t => IsSingleWord(t) && OccursInIndex(t, "de"))) return [.. translations.Concat(other).Distinct(StringComparer.OrdinalIgnoreCase)];
        }
        return translations;
    }

    /// <summary><see cref="Translate"/> for single words, a verb's object words dropped (<see cref="WithObjectWordsDropped"/>).</summary>
    private static IReadOnlyList<string> SingleWordTranslations(CompiledLexicon lexicon, string word, string source)
    {
        foreach (var form in WordForms.Candidates(word, source))
        {
            var translations = WithObjectWordsDropped(lexicon.Translations(form).Where(t => !string.Equals(t, word, StringComparison.OrdinalIgnoreCase)).ToList(),
                source == "de" ? "en" : "de");
            if (translations.Any(IsSingleWord)) return translations;
        }
        return [];
    }

    /// <summary>
    /// A verb the dictionary lists with the words that introduce its object ("vorwerfen" → "accuse of", "impute to";
    /// "apply for" → "sich bewerben") is that verb: the phrase's one content word follows it as a single-word translation,
    /// which the search and the evidence can use. Not where the other word changes the verb's sense ("wind up", "take off").
    /// </summary>
    private static IReadOnlyList<string> WithObjectWordsDropped(IReadOnlyList<string> translations, string language)
    {
        List<string>? result = null;
        for (var i = 0; i < translations.Count; i++)
        {
            if (IsSingleWord(translations[i])) continue;
            // The verb first, then only object words ("accuse of"); German's reflexive pronoun before it ("sich bewerben").
            // Not "as a whole", "at large": a phrase that begins with a function word is an idiom, not a verb.
            var words = translations[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => language == "de" && w == "sich").ToList();
            if (words.Count < 2 || FunctionWords.IsFunctionWord(words[0], language) || !words.Skip(1).All(w => FunctionWords.IsFunctionWord(w, language))
                || words.Any(PhrasalParticles.Contains) || translations.Contains(words[0], StringComparer.OrdinalIgnoreCase)) continue;
            result ??= [.. translations];
            result.Insert(result.IndexOf(translations[i]) + 1, words[0]);
        }
        return result ?? translations;
    }

    /// <summary>English particles that make a verb of their own with it ("wind up", "take off", "give in").</summary>
    private static readonly HashSet<string> PhrasalParticles = new(["up", "off", "out", "down", "away", "back", "over", "in", "through", "around", "along", "about"], StringComparer.OrdinalIgnoreCase);

    private IReadOnlyList<string> WithGermanBaseForms(CompiledLexicon lexicon, string word, IReadOnlyList<string> translations)
    {
        if (word.Contains(' ') || !word.All(char.IsLetter)) return translations;
        var result = new List<string>();
        // The listed base form as English writes it; only for an inflection (the typed word itself already matches).
        var listed = lexicon.FirstListedForm(word, "de", skip: 1);
        if (listed is not null && listed.Length >= MinNamePart && OccursInIndex(listed, "en")) result.Add(listed.ToLowerInvariant());
        result.AddRange(translations);
        if (char.IsLower(word[0]))
            foreach (var infinitive in GermanVerbForms.InfinitivesOf(word))
                result.AddRange(lexicon.Translations(infinitive));
        return result.Count == translations.Count ? translations : [.. result.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// A German question's verbs whose particle closes the clause ("Wer wirft China vor, …?" → wirft: vorwerfen; "Wie viele
    /// Anrufe wickelt BT am Tag ab?" → wickelt: abwickeln): the dictionary translates the verb with its particle; the
    /// finite form alone means something else (werfen: throw).
    /// </summary>
    private static Dictionary<string, string> SeparatedVerbs(string query)
    {
        var verbs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var clause in query.Split([',', ';', '?', '!', '.', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            var words = Words().Matches(clause).Select(m => m.Value).ToList();
            if (words.Count < 3 || !GermanVerbForms.IsParticle(words[^1])) continue;
            // The finite verb stands before the particle, lower case ("Wer wirft …", "Wie viele Anrufe wickelt …"): the nearest
            // form that makes a verb with it, as the index reads a report's split verb (GermanVerbFilter). Not a question
            // word: read from the clause's start, "Um wie viel Prozent legte der Gewinn zu?" took "wie" (a listed form of
            // "weisen") for the verb, "zuweisen", and "legte" (zulegen: gain) kept its sense "laid".
            foreach (var finite in words.Take(words.Count - 1).Skip(1).Reverse().Where(w => char.IsLower(w[0]) && !FunctionWords.IsQuestionWord(w)))
            {
                if (GermanVerbForms.SeparatedInfinitive(finite, words[^1]) is not { } verb) continue;
                verbs[finite] = verb;
                break;
            }
        }
        return verbs;
    }

    private static IReadOnlyList<string> Translate(CompiledLexicon lexicon, string word, string language, bool singleWords)
    {
        foreach (var form in WordForms.Candidates(word, language))
        {
            var translations = lexicon.Translations(form).Where(t => !string.Equals(t, word, StringComparison.OrdinalIgnoreCase)).ToList();
            // For expansion, a form listed only with phrases ("fined" → "Bußgeld verhängt") gives way to the next ("fine" → "Geldstrafe").
            if (singleWords ? translations.Any(IsSingleWord) : translations.Count > 0) return translations;
        }
        return [];
    }

    /// <summary>
    /// A word the dictionary lists is an ordinary word, unless — for German — its first English translation is
    /// capitalised ("Österreich" → "Austria"): then it names a place, a person or an organisation. (German
    /// translations of English words are capitalised for every noun, so they tell nothing.) A word translated only by
    /// itself, capitalised in one language alone ("Euro" → "euro"), is a noun both share (<see cref="CompiledLexicon.IsSharedNoun"/>).
    /// </summary>
    public bool? IsCommonWord(string word, string language)
    {
        var source = language == "de" ? "de" : "en";
        if (string.IsNullOrWhiteSpace(word) || _bySourceLanguage[source].Value is not { } lexicon) return null;
        var translations = _translations.GetOrAdd((source, word), key => Translate(lexicon, key.Item2, key.Item1, singleWords: false));
        if (translations.Count == 0) return IsSharedNoun(word, language) ? true : null;
        return source == "en" || !char.IsUpper(translations[0][0]);
    }

    /// <summary>A word the dictionary translates only by itself, capitalised in one language alone (<see cref="CompiledLexicon.IsSharedNoun"/>).</summary>
    public bool IsSharedNoun(string word, string language)
    {
        var source = language == "de" ? "de" : "en";
        if (string.IsNullOrWhiteSpace(word) || _bySourceLanguage[source].Value is not { } lexicon) return false;
        return _translations.GetOrAdd((source, word), key => Translate(lexicon, key.Item2, key.Item1, singleWords: false)).Count == 0
               && WordForms.Candidates(word, source).Any(lexicon.IsSharedNoun);
    }

    public IReadOnlyList<string> OtherWordsFor(string noun, string language, string passageLanguage)
    {
        var source = language == "de" ? "de" : "en";
        var target = passageLanguage == "de" ? "de" : "en";
        if (string.IsNullOrWhiteSpace(noun) || FunctionWords.IsGeneric(noun)
            || _bySourceLanguage[source].Value is not { } own || _bySourceLanguage[source == "de" ? "en" : "de"].Value is not { } other) return [];
        return _otherWords.GetOrAdd((noun, source + target), key => ListedSynonyms.Of(own, other, key.Item1, source, target));
    }

    private readonly BoundedCache<(string, string), IReadOnlyList<string>> _otherWords = new(MaxRememberedWords);

    public IReadOnlyList<string> CompoundParts(string word, string language) =>
        GermanLexiconFor(word, language) is { } german ? GermanCompoundParts.Of(german, word) : [];

    public string? CompoundTail(string word, string language) =>
        GermanLexiconFor(word, language) is { } german ? GermanCompoundParts.Tail(german, word) : null;

    /// <summary>The German dictionary when <paramref name="word"/> is a German word to split; null otherwise or when none is installed.</summary>
    private CompiledLexicon? GermanLexiconFor(string word, string language) =>
        language != "de" || string.IsNullOrWhiteSpace(word) ? null : _bySourceLanguage["de"].Value;

    public bool? IsListedAsWritten(string word, string language) =>
        string.IsNullOrWhiteSpace(word) || _bySourceLanguage[language == "de" ? "de" : "en"].Value is not { } lexicon
            ? null
            : lexicon.FirstListedForm(word, language, forms: 1) is not null || lexicon.IsSharedNoun(word);

    public bool IsPlaceName(string word, string language)
    {
        if (string.IsNullOrWhiteSpace(word) || !char.IsUpper(word[0]) || _bySourceLanguage["de"].Value is not { } german) return false;
        // German: listed with a capitalised English translation ("Österreich" → "Austria", "England" → "England").
        if (IsNameIn(german, word, "de")) return true;
        // English: its German translation is such a name ("Italy" → "Italien").
        if (language == "de" || _bySourceLanguage["en"].Value is not { } english) return false;
        return FirstTranslation(english, word, "en") is { } translation && IsNameIn(german, translation, "de");
    }

    /// <remarks>
    /// A noun whose translation is an acronym ("Abgeordnete" → "MEPs", "Abgeordneter" → "MP" in the news glossary) is
    /// short for a group of people or things, not a place; "USA" → "USA" stays one.
    /// </remarks>
    private static bool IsNameIn(CompiledLexicon german, string word, string language) =>
        FirstTranslation(german, word, language) is { } translation && char.IsUpper(translation[0])
        && !(IsAcronymOrItsPlural(translation) && !IsAcronymOrItsPlural(word));

    private static bool IsAcronymOrItsPlural(string word) => Token.IsAcronymWord(word) || Token.IsAcronymWithS(word);

    /// <summary>The first translation of the first listed form, the word itself included ("England" → "England").</summary>
    private static string? FirstTranslation(CompiledLexicon lexicon, string word, string language) =>
        lexicon.FirstListedForm(word, language) is { } listed ? lexicon.Translations(listed)[0] : null;

    private CompiledLexicon? Compile(string name, string cache)
    {
        try
        {
            using var dictionary = DictdDictionary.TryOpen(_options.Folder, name);
            return dictionary is null ? null : CompiledLexicon.Open(dictionary, cache);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            _logger.LogWarning(ex, "The dictionary {Dictionary} in {Folder} cannot be used; questions are searched without it", name, _options.Folder);
            return null;
        }
    }

    /// <summary>
    /// Phrase translations ("zum Stillstand gebracht" for "arrested") would count each of their words as the
    /// translation, generic ones ("gebracht") included; the single-word renderings carry the sense.
    /// </summary>
    private static bool IsSingleWord(string translation) => !translation.Contains(' ');

    /// <summary>
    /// The content words of a phrase translation, when it has two or three and not only generic ones ("pay increase" →
    /// pay, increase; "rise in salary" → rise, salary); null for a single word or a phrase of function words.
    /// </summary>
    private static IReadOnlyList<string>? PhraseWords(string phrase, string language)
    {
        if (IsSingleWord(phrase)) return null;
        var words = Words().Matches(phrase).Select(m => m.Value).Where(w => IsContentWord(w, language) || (FunctionWords.IsGeneric(w) && w.Length > 2)).ToList();
        return words.Count is >= 2 and <= 3 && !words.All(FunctionWords.IsGeneric) ? words : null;
    }

    /// <summary>
    /// A two-word English phrase written as one word ("car maker" → "carmaker", "web site" → "website"), when the index's
    /// English articles write it so; null otherwise. Only what the articles write counts: most phrases never close up.
    /// </summary>
    /// <remarks>
    /// A closed form the articles use is a word of its own, written in a few documents at least; one held by a document or
    /// two is a stray token ("primerate" for "prime rate"), and its rarity pulled retrieval to that one article. A phrase
    /// cannot stand in more documents than its rarer word, so where that word itself is that rare the closed form need
    /// be no commoner.
    /// </remarks>
    private string? ClosedEnglishCompound(IReadOnlyList<string> words, string language)
    {
        if (language != "en" || words.Count != 2 || words.Any(FunctionWords.IsGeneric)) return null;
        var closed = string.Concat(words).ToLowerInvariant();
        if (_statistics.AnalyzeTerms(closed, language) is not [var term]) return null;
        var needed = Math.Max(1, Math.Min(MinClosedCompoundDocuments, words.Min(word => Frequency(word, language))));
        return _statistics.DocumentFrequency(term, language) >= needed ? closed : null;
    }

    /// <summary>How many documents must write a phrase's closed form for it to count as a word of the language (see <see cref="ClosedEnglishCompound"/>).</summary>
    private const int MinClosedCompoundDocuments = 3;

    private bool BeginsCompound(string translation) =>
        _statistics.AnalyzeTerms(translation, "de") is [var term] && _statistics.BeginsCompound(term, "de");

    private bool OccursInIndex(string translation, string language) =>
        _statistics.AnalyzeTerms(translation, language).Any(term => _statistics.DocumentFrequency(term, language) > 0);

    /// <summary>
    /// The words worth translating: not function words, and not generic words (people, world, year), whose
    /// translations match everywhere in the other language and would let them carry a question alone.
    /// </summary>
    private static IEnumerable<string> ContentWords(string query, string language)
    {
        return Words().Matches(query)
            .Select(m => Bare(m.Value))
            .Where(w => IsContentWord(w, language))
            .Distinct(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"Warsaw's" is the word "Warsaw": the question's name constraints look its translations up under that.</summary>
    private static string Bare(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word.TrimEnd('\'');

    private static bool IsAbbreviation(string word) => Token.IsAcronymWord(word);

    private static bool IsContentWord(string word, string language)
    {
        // An abbreviation is a name whatever its letters spell ("US", "UN", "EU", "WHO"): the other language may write it otherwise (UN → UNO).
        if (IsAbbreviation(word)) return true;
        var stopWords = language == "de" ? GermanAnalyzer.DefaultStopSet : EnglishAnalyzer.DefaultStopSet;
        // The question's own language's question words: English "war" is a noun to translate ("Krieg"), German "war" is not.
        return word.Length > 2 && !FunctionWords.IsQuestionWord(word, language) && !stopWords.Contains(word.ToLowerInvariant())
               && !FunctionWords.IsFunctionWord(word, language) && !FunctionWords.IsGeneric(word);
    }

    [GeneratedRegex(@"\p{L}[\p{L}\-']*")]
    private static partial Regex Words();

    public void Dispose()
    {
        foreach (var lexicon in _bySourceLanguage.Values.Where(l => l.IsValueCreated)) lexicon.Value?.Dispose();
    }
}
