using Briefing.Core.Articles;
using Briefing.Core.Text;

namespace Briefing.Core.Digests.Clustering;

/// <summary>
/// What the clusterer compares of one article: the content words of its headline and lead (which say what
/// happened, to whom, where and how much), a fingerprint of its whole text, and a sample of its word shingles
/// (which find the same text under another headline).
/// </summary>
internal sealed class ArticleFeatures
{
    /// <summary>Words of the body after which the lead ends; the rest of an article drifts into background.</summary>
    private const int LeadWords = 120;
    private const int TitleWeight = 2;
    private const int ShingleSize = 4;
    /// <summary>Keep one shingle hash in this many: enough to estimate overlap, small enough to index thousands of articles.</summary>
    private const ulong ShingleSampling = 4;

    private ArticleFeatures(Article article)
    {
        Article = article;
        CrossLingualTerms = HeadTerms;
    }

    public Article Article { get; }

    /// <summary>Term key → weight before IDF (title words count double).</summary>
    public Dictionary<string, float> HeadTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The terms an article shows a report in another language: for a German article (with the lexicon) its
    /// headline and lead words' English translations, and its own keys where a word has none (names, numbers,
    /// untranslatable compounds); for any other article its <see cref="HeadTerms"/>.
    /// </summary>
    public Dictionary<string, float> CrossLingualTerms { get; private set; }

    /// <summary>Keys seen as names, acronyms or numbers in this article → the entity (run of name words) each first appeared in.</summary>
    public Dictionary<string, int> EntityOfKey { get; } = new(StringComparer.Ordinal);

    /// <summary>Hash of the body's words (whitespace, punctuation and case ignored).</summary>
    public ulong ContentHash { get; private set; }

    public HashSet<ulong> Shingles { get; } = [];

    /// <summary>The headline's content words in order, or null when the headline is too short to identify a story.</summary>
    public string? TitleKey { get; private set; }

    /// <param name="translator">When set and the article is German, English translations of its headline and lead words join its terms.</param>
    public static ArticleFeatures Extract(Article article, IStoryTermTranslator? translator = null)
    {
        var features = new ArticleFeatures(article);
        var tokens = new List<StoryToken>(256);
        StoryTokenizer.Tokenize(article.Title, article.Language, tokens);
        var titleContent = tokens.Where(t => !t.IsStopWord).Select(t => t.Key).ToList();
        features.TitleKey = titleContent.Count >= 3 ? string.Join(' ', titleContent) : null;
        foreach (var token in tokens) features.AddTerm(token, TitleWeight);

        tokens.Clear();
        foreach (var paragraph in article.Paragraphs) StoryTokenizer.Tokenize(paragraph, article.Language, tokens);
        foreach (var token in tokens.Take(LeadWords)) features.AddTerm(token, 1);
        features.HashBody(tokens);
        if (translator is not null && string.Equals(article.Language, "de", StringComparison.OrdinalIgnoreCase))
        {
            var title = new List<StoryToken>();
            StoryTokenizer.Tokenize(article.Title, article.Language, title);
            features.Translate(title, tokens.Take(LeadWords), translator);
        }
        return features;
    }

    private void Translate(List<StoryToken> title, IEnumerable<StoryToken> lead, IStoryTermTranslator translator)
    {
        var projected = new Dictionary<string, float>(StringComparer.Ordinal);
        var english = new List<StoryToken>();
        foreach (var (token, weight) in title.Select(t => (t, (float)TitleWeight)).Concat(lead.Select(t => (t, 1f))))
        {
            if (token.IsStopWord) continue;
            var translations = token.Lower is null ? [] : translator.ToEnglish(token.Lower);
            english.Clear();
            foreach (var translation in translations)
                StoryTokenizer.Tokenize(translation.ToLowerInvariant(), LanguageDetector.English, english);
            var keys = english.Where(w => !w.IsStopWord).Select(w => w.Key).Distinct().ToList();
            // A word without translation is most often a name or a number, which both languages write alike.
            if (keys.Count == 0) keys.Add(token.Key);
            foreach (var key in keys) projected[key] = projected.GetValueOrDefault(key) + weight;
        }
        CrossLingualTerms = projected;
    }

    private int _entities;

    private void AddTerm(StoryToken token, float weight)
    {
        if (token.StartsEntity) _entities++;
        if (token.IsStopWord) return;
        HeadTerms[token.Key] = HeadTerms.GetValueOrDefault(token.Key) + weight;
        if (token.IsNameLike) EntityOfKey.TryAdd(token.Key, _entities);
    }

    /// <summary>
    /// How many entities two articles share: distinct runs of name words with a key in common, counted on the side
    /// with fewer. "French President Emmanuel Macron" shares one entity, not four words.
    /// </summary>
    public int SharedEntities(ArticleFeatures other)
    {
        var mine = new HashSet<int>();
        var theirs = new HashSet<int>();
        foreach (var (key, entity) in EntityOfKey)
        {
            if (!other.EntityOfKey.TryGetValue(key, out var otherEntity)) continue;
            mine.Add(entity);
            theirs.Add(otherEntity);
        }
        return Math.Min(mine.Count, theirs.Count);
    }

    private void HashBody(List<StoryToken> tokens)
    {
        var words = tokens.Select(t => StableHash.Of(t.Surface)).ToArray();
        ContentHash = words.Length == 0 ? StableHash.Of(WordNormalizer.Fold(Article.Title)) : StableHash.Of(words);
        for (var i = 0; i + ShingleSize <= words.Length; i++)
        {
            var hash = StableHash.Of(words.AsSpan(i, ShingleSize));
            if (hash % ShingleSampling == 0) Shingles.Add(hash);
        }
        // A very short text may sample nothing; then keep all its shingles so it can still be matched.
        if (Shingles.Count == 0 && words.Length >= ShingleSize)
        {
            for (var i = 0; i + ShingleSize <= words.Length; i++) Shingles.Add(StableHash.Of(words.AsSpan(i, ShingleSize)));
        }
    }
}
