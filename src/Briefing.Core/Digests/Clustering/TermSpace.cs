namespace Briefing.Core.Digests.Clustering;

/// <summary>
/// TF-IDF vectors of the articles' headlines and leads over the day's vocabulary. Names, acronyms and numbers
/// ("anchors") weigh more: they are what two reports of one event share, also across German and English.
/// </summary>
internal sealed class TermSpace
{
    /// <summary>Virtual documents that contain no term: keeps IDF meaningful when a day has only a handful of articles.</summary>
    private const double PriorDocuments = 20;
    private const float AnchorBoost = 2.5f;

    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];
    private readonly List<bool> _isAnchor = [];
    private readonly List<string> _keys = [];
    private readonly int[][] _terms;
    private readonly float[][] _weights;
    private readonly int _articleCount;
    private readonly Func<ArticleFeatures, Dictionary<string, float>> _termsOf;

    /// <param name="termsOf">Which of an article's term bags to weigh (its own words, or how it shows in another language).</param>
    public TermSpace(IReadOnlyList<ArticleFeatures> articles, Func<ArticleFeatures, Dictionary<string, float>> termsOf)
    {
        _termsOf = termsOf;
        _articleCount = articles.Count;
        _terms = new int[articles.Count][];
        for (var a = 0; a < articles.Count; a++)
        {
            var ids = new int[termsOf(articles[a]).Count];
            var k = 0;
            foreach (var key in termsOf(articles[a]).Keys)
            {
                if (!_termIds.TryGetValue(key, out var id))
                {
                    _termIds[key] = id = _documentFrequency.Count;
                    _documentFrequency.Add(0);
                    _isAnchor.Add(false);
                    _keys.Add(key);
                }
                _documentFrequency[id]++;
                if (articles[a].EntityOfKey.ContainsKey(key)) _isAnchor[id] = true;
                ids[k++] = id;
            }
            _terms[a] = ids;
        }
        _weights = new float[articles.Count][];
        for (var a = 0; a < articles.Count; a++) _weights[a] = Weigh(articles[a], _terms[a]);
    }

    public int ArticleCount => _articleCount;

    public IReadOnlyList<int> TermsOf(int article) => _terms[article];

    public IReadOnlyList<float> WeightsOf(int article) => _weights[article];

    public bool IsAnchor(int term) => _isAnchor[term];

    public string KeyOf(int term) => _keys[term];

    public int TermId(string key) => _termIds.TryGetValue(key, out var id) ? id : -1;

    public float Idf(int term) => (float)Math.Log((_articleCount + PriorDocuments) / _documentFrequency[term]);

    private float[] Weigh(ArticleFeatures article, int[] ids)
    {
        var weights = new float[ids.Length];
        var k = 0;
        double norm = 0;
        foreach (var tf in _termsOf(article).Values)
        {
            var id = ids[k];
            var weight = (1 + MathF.Log(tf)) * Idf(id) * (_isAnchor[id] ? AnchorBoost : 1f);
            weights[k++] = weight;
            norm += weight * weight;
        }
        var length = (float)Math.Sqrt(norm);
        if (length > 0) for (var i = 0; i < weights.Length; i++) weights[i] /= length;
        return weights;
    }

    /// <summary>
    /// Every pair with cosine at least <paramref name="minCosine"/>, found through an inverted index: only terms
    /// shared by at most <paramref name="maxDocumentFrequency"/> articles propose candidates, so the cost grows with
    /// the postings of rare terms rather than with n².
    /// </summary>
    public List<SimilarPair> SimilarPairs(float minCosine, int maxDocumentFrequency)
    {
        var postings = new List<(int Article, float Weight)>[_documentFrequency.Count];
        for (var a = 0; a < _articleCount; a++)
        {
            for (var k = 0; k < _terms[a].Length; k++)
            {
                var term = _terms[a][k];
                if (_documentFrequency[term] < 2 || _documentFrequency[term] > maxDocumentFrequency) continue;
                (postings[term] ??= []).Add((a, _weights[a][k]));
            }
        }
        var pairs = new List<SimilarPair>();
        var dot = new float[_articleCount];
        var anchors = new int[_articleCount];
        var isTouched = new bool[_articleCount];
        var touched = new List<int>();
        for (var a = 0; a < _articleCount; a++)
        {
            for (var k = 0; k < _terms[a].Length; k++)
            {
                var term = _terms[a][k];
                var posting = postings[term];
                if (posting is null) continue;
                var weight = _weights[a][k];
                foreach (var (other, otherWeight) in posting)
                {
                    if (other <= a) continue;
                    if (!isTouched[other]) { isTouched[other] = true; touched.Add(other); }
                    dot[other] += weight * otherWeight;
                    if (_isAnchor[term]) anchors[other]++;
                }
            }
            foreach (var other in touched)
            {
                if (dot[other] >= minCosine) pairs.Add(new SimilarPair(a, other, dot[other], anchors[other]));
                dot[other] = 0;
                anchors[other] = 0;
                isTouched[other] = false;
            }
            touched.Clear();
        }
        return pairs;
    }
}
