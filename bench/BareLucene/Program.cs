// Bare Lucene.Net searches over a Briefing index, for the pipeline-overhead ratio in bench/README.md:
// per question, parse it with the language's analyzer against that language's passage body field, take the
// top 10 with BM25 and load the stored hits. No expansion, reranking or answer writing.
//   BareLucene INDEX_DIR CASES.jsonl
using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: BareLucene INDEX_DIR CASES.jsonl");
    return 2;
}
var version = LuceneVersion.LUCENE_48;
using var directory = FSDirectory.Open(args[0]);
using var reader = DirectoryReader.Open(directory);
var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
var analyzers = new Dictionary<string, Analyzer> { ["de"] = new GermanAnalyzer(version), ["en"] = new EnglishAnalyzer(version) };
var questions = File.ReadLines(args[1]).Where(l => l.Trim().Length > 0).Select(l =>
{
    using var json = JsonDocument.Parse(l);
    var root = json.RootElement;
    var language = root.TryGetProperty("language", out var lang) && lang.GetString() == "de" ? "de" : "en";
    return (Text: root.GetProperty("question").GetString()!, Language: language);
}).ToList();

var times = new List<double>();
long loaded = 0;
foreach (var (text, language) in questions)
{
    var clock = Stopwatch.StartNew();
    var parser = new QueryParser(version, "body_" + language, analyzers[language]);
    var query = parser.Parse(QueryParserBase.Escape(text));
    var hits = searcher.Search(query, 10);
    foreach (var hit in hits.ScoreDocs) loaded += searcher.Doc(hit.Doc).Get("text")?.Length ?? 0;
    times.Add(clock.Elapsed.TotalMilliseconds);
}
// The first queries pay for JIT and cold caches, as warm `ask` latencies exclude them too: report all and warm.
var warm = times.Skip(Math.Min(10, times.Count / 10)).Order().ToList();
double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
Console.WriteLine($"bare Lucene: {questions.Count} questions over {reader.NumDocs} documents, warm p50 {Percentile(warm, 0.5):F2} ms, p95 {Percentile(warm, 0.95):F2} ms ({loaded} chars loaded)");
return 0;
