using System.Diagnostics;
using System.Text.Json;
using Briefing.Core.Digests.Clustering;
using Briefing.Digests.Bench;

// Digest benchmark: clustering quality on the BBC corpus's known duplicates, and speed over 3,000 articles.
// Usage: dotnet run -c Release --project bench/Briefing.Digests.Bench [-- CORPUS_DIR [--show] [--xquad-only]]
// Speed: 3,000 articles (BBC + German 10kGNAD) in one day of a real Lucene index; the digest built through DigestBuilder.
var corpus = args.Length > 0 ? args[0] : "/work/shared/corpus";
var bbcFolder = Path.Combine(corpus, "bbc");
if (!Directory.Exists(bbcFolder))
{
    Console.Error.WriteLine($"The corpus is not there: {bbcFolder}. Pass the corpus folder as the first argument.");
    return 2;
}
if (args.Contains("--xquad-only"))
{
    // Only the German/English merging on XQuAD: the quick loop while tuning cross-lingual clustering.
    using var onlyLexicon = BenchLexicon.Create();
    CrossLingualBenchmark.Run(Path.Combine(corpus, "xquad"), null);
    if (onlyLexicon is not null) CrossLingualBenchmark.Run(Path.Combine(corpus, "xquad"), onlyLexicon);
    return 0;
}
var day = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
var bbc = CorpusLoader.ReadBbc(bbcFolder, day);
var clusterer = new StoryClusterer();
clusterer.Cluster(bbc.Take(200).ToList()); // warm-up (JIT)

var watch = Stopwatch.StartNew();
var stories = clusterer.Cluster(bbc);
Console.WriteLine($"BBC: {bbc.Count} articles -> {stories.Count} stories in {watch.ElapsedMilliseconds} ms");
var storyOf = new Dictionary<string, int>();
for (var s = 0; s < stories.Count; s++) foreach (var a in stories[s].Articles) storyOf[a.Id] = s;

using var groupsJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(bbcFolder, "duplicate_groups.json")));
var known = new HashSet<(string, string)>();
foreach (var kind in new[] { "exact", "same_title_not_exact" })
{
    int pairs = 0, together = 0;
    foreach (var group in groupsJson.RootElement.GetProperty(kind).EnumerateArray())
    {
        var files = group.EnumerateArray().Select(f => f.GetString()!).ToList();
        for (var i = 0; i < files.Count; i++)
            for (var j = i + 1; j < files.Count; j++)
            {
                pairs++;
                known.Add((files[i], files[j])); known.Add((files[j], files[i]));
                if (storyOf[files[i]] == storyOf[files[j]]) together++;
            }
    }
    Console.WriteLine($"{kind}: {together}/{pairs} pairs in the same story ({100.0 * together / pairs:F1}%)");
}

var random = new Random(42);
int sampled = 0, apart = 0;
while (sampled < 100_000)
{
    var a = bbc[random.Next(bbc.Count)].Id;
    var b = bbc[random.Next(bbc.Count)].Id;
    if (a == b || known.Contains((a, b))) continue;
    sampled++;
    if (storyOf[a] != storyOf[b]) apart++;
}
Console.WriteLine($"random pairs of different files kept apart: {apart}/{sampled} = {(double)apart / sampled:F4}");
var sizes = stories.GroupBy(s => s.DuplicateGroups.Count).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}");
Console.WriteLine($"stories by distinct reports (size:count): {string.Join(' ', sizes)}");
var xquad = Path.Combine(corpus, "xquad");
using var lexicon = BenchLexicon.Create();
if (Directory.Exists(xquad))
{
    CrossLingualBenchmark.Run(xquad, null);
    if (lexicon is not null) CrossLingualBenchmark.Run(xquad, lexicon);
}

var gnadFile = Path.Combine(corpus, "10kgnad", "test.jsonl");
var day3000 = bbc.Concat(File.Exists(gnadFile) ? CorpusLoader.ReadGnad(gnadFile, 3000 - bbc.Count, day) : []).ToList();
await DigestSpeedBenchmark.RunAsync(day3000, DateOnly.FromDateTime(day.UtcDateTime), lexicon);

var mixed = new StoryClusterer(lexicon).Cluster(day3000).Where(s => s.Articles.Select(a => a.Language).Distinct().Count() > 1).ToList();
Console.WriteLine($"stories mixing German and English in the 3,000-article day: {mixed.Count}");
if (args.Contains("--show"))
{
    foreach (var story in mixed)
        Console.WriteLine(" ~ " + string.Join("\n   ", story.DistinctReports.Select(a => $"{a.Id}: {a.Title}")));
}
if (args.Contains("--show"))
{
    foreach (var story in stories.Where(s => s.DuplicateGroups.Count > 1).OrderByDescending(s => s.DuplicateGroups.Count))
        Console.WriteLine(" * " + string.Join("\n   ", story.DistinctReports.Select(a => $"{a.Id}: {a.Title}")));
}
return 0;
