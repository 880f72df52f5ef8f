using System.Collections.Concurrent;
using System.Text.RegularExpressions;
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
    private readonly ConcurrentDictionary<(string, string), IReadOnlyList<string>> _translations = new();
    private readonly ConcurrentDictionary<(string, string), IReadOnlyList<string>> _expansionTranslations = new();
    /// <summary>Retrieval and the extractive generator expand the same question: the second call is a look-up.</summary>
    private readonly ConcurrentDictionary<(string, string), IReadOnlyList<WeightedTerm>> _recent = new();
    private const int MaxRecent = 64;

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
        if (string.IsNullOrWhiteSpace(query) || _statistics.PassageCountIn(target) == 0) return [];
        if (_bySourceLanguage[source].Value is not { } lexicon) return [];
        if (_recent.TryGetValue((query, source), out var recent)) return recent;
        var expansions = new List<WeightedTerm>();
        var fromPhrases = PhraseTranslations(lexicon, query, source, target);
        foreach (var word in ContentWords(query, source).Take(MaxWords))
        {
            if (AddTranslations(lexicon, word, source, target, expansions, fromPhrases.GetValueOrDefault(word)) > 0 || !word.Contains('-')) continue;
            // A hyphenated compound the dictionary lacks ("Aids-Impfstoff", "Arsenal-Vize") is its parts: each part
            // translates on its own ("vaccine", "vice"); a part that is a name stays as typed. Parts the dictionary
            // lists hyphenated stay together ("U-Bahn-Arbeiter": "U-Bahn" → tube, then "Arbeiter" → worker).
            foreach (var part in HyphenatedParts(lexicon, word, source).Where(p => p.Contains('-') || IsContentWord(p, source)).Distinct(StringComparer.OrdinalIgnoreCase))
                AddTranslations(lexicon, part, source, target, expansions);
        }
        if (_recent.Count >= MaxRecent) _recent.Clear();
        _recent[(query, source)] = expansions;
        return expansions;
    }

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
            foreach (var translation in _expansionTranslations.GetOrAdd((source, $"{words[i]} {words[i + 1]}"), key => Translate(lexicon, key.Item2, key.Item1, singleWords: true)))
            {
                if (!IsSingleWord(translation) || !OccursInIndex(translation, target)) continue;
                foreach (var word in new[] { words[i], words[i + 1] })
                    (byWord.TryGetValue(word, out var list) ? list : byWord[word] = []).Add(translation);
            }
        }
        return byWord;
    }

    /// <summary>
    /// Adds the best few translations of <paramref name="word"/> that the index holds, as one group, after the
    /// translations of a term it is part of (<paramref name="fromPhrase"/>, which take none of the word's own
    /// places: "air strike" → "Luftschlag" must not push "Luft" out); returns how many.
    /// </summary>
    private int AddTranslations(CompiledLexicon lexicon, string word, string source, string target, List<WeightedTerm> expansions,
        IReadOnlyList<string>? fromPhrase = null)
    {
        var group = $"{source}:{word}";
        foreach (var translation in (fromPhrase ?? []).Distinct(StringComparer.OrdinalIgnoreCase))
            expansions.Add(new WeightedTerm(translation, target, (float)_options.Weight) { Group = group });
        var kept = 0;
        foreach (var translation in _expansionTranslations.GetOrAdd((source, word), key => Translate(lexicon, key.Item2, key.Item1, singleWords: true)))
        {
            if (kept >= _options.MaxTranslations) break;
            if (!IsSingleWord(translation) || FunctionWords.IsGeneric(translation) || !OccursInIndex(translation, target)) continue;
            if (fromPhrase?.Contains(translation, StringComparer.OrdinalIgnoreCase) == true) continue;
            expansions.Add(new WeightedTerm(translation, target, (float)_options.Weight) { Group = group });
            kept++;
        }
        if (kept == 0 && (fromPhrase?.Count ?? 0) == 0 && target == "de")
        {
            // A translation German writes only inside compounds ("pay" → "Lohn": "Lohnerhöhung", "Mindestlohn") is
            // no query term, but the answer's evidence finds it in the compound; without it the word would be invisible.
            foreach (var translation in _expansionTranslations.GetValueOrDefault((source, word), []))
            {
                if (kept >= 1) break;
                if (!IsSingleWord(translation) || FunctionWords.IsGeneric(translation) || !BeginsCompound(translation)) continue;
                expansions.Add(new WeightedTerm(translation, target, (float)_options.Weight) { Group = group });
                kept++;
            }
        }
        if (kept == 0 && (fromPhrase?.Count ?? 0) == 0 && char.IsUpper(word[0]) && !OccursInIndex(word, target))
        {
            // A name no dictionary lists and the other language spells its own way ("Temüjin" → "Temüdschin").
            foreach (var variant in NameTransliterations.Variants(word, source).Where(v => OccursInIndex(v, target)).Take(_options.MaxTranslations))
            {
                expansions.Add(new WeightedTerm(variant, target, (float)_options.Weight) { Group = group });
                kept++;
            }
        }
        return kept + (fromPhrase?.Count ?? 0);
    }

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
    /// translations of English words are capitalised for every noun, so they tell nothing.)
    /// </summary>
    public bool? IsCommonWord(string word, string language)
    {
        var source = language == "de" ? "de" : "en";
        if (string.IsNullOrWhiteSpace(word) || _bySourceLanguage[source].Value is not { } lexicon) return null;
        var translations = _translations.GetOrAdd((source, word), key => Translate(lexicon, key.Item2, key.Item1, singleWords: false));
        if (translations.Count == 0) return null;
        return source == "en" || !char.IsUpper(translations[0][0]);
    }

    public bool IsPlaceName(string word, string language)
    {
        if (string.IsNullOrWhiteSpace(word) || !char.IsUpper(word[0]) || _bySourceLanguage["de"].Value is not { } german) return false;
        // German: listed with a capitalised English translation ("Österreich" → "Austria", "England" → "England").
        if (IsNameIn(german, word, "de")) return true;
        // English: its German translation is such a name ("Italy" → "Italien").
        if (language == "de" || _bySourceLanguage["en"].Value is not { } english) return false;
        return FirstTranslation(english, word, "en") is { } translation && IsNameIn(german, translation, "de");
    }

    private static bool IsNameIn(CompiledLexicon german, string word, string language) =>
        FirstTranslation(german, word, language) is { } translation && char.IsUpper(translation[0]);

    /// <summary>The first translation of the first listed form, the word itself included ("England" → "England").</summary>
    private static string? FirstTranslation(CompiledLexicon lexicon, string word, string language) =>
        WordForms.Candidates(word, language).Select(form => lexicon.Translations(form).FirstOrDefault()).FirstOrDefault(t => !string.IsNullOrEmpty(t));

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

    private static bool IsContentWord(string word, string language)
    {
        var stopWords = language == "de" ? GermanAnalyzer.DefaultStopSet : EnglishAnalyzer.DefaultStopSet;
        return word.Length > 2 && !FunctionWords.IsQuestionWord(word) && !stopWords.Contains(word.ToLowerInvariant())
               && !FunctionWords.IsFunctionWord(word, language) && !FunctionWords.IsGeneric(word);
    }

    [GeneratedRegex(@"\p{L}[\p{L}\-']*")]
    private static partial Regex Words();

    public void Dispose()
    {
        foreach (var lexicon in _bySourceLanguage.Values.Where(l => l.IsValueCreated)) lexicon.Value?.Dispose();
    }
}
