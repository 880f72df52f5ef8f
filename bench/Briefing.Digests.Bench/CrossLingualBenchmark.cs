using System.Text.Json;
using Briefing.Core.Articles;
using Briefing.Core.Digests.Clustering;
using Briefing.Core.Text;

namespace Briefing.Digests.Bench;

/// <summary>
/// Cross-lingual clustering on XQuAD: 240 paragraphs with their German translation, each paragraph an "article"
/// (first sentence as headline). Recall: translation pairs in one story. Precision: random pairs from different
/// Wikipedia articles kept apart (paragraphs of one Wikipedia article may rightly share a story).
/// </summary>
internal static class CrossLingualBenchmark
{
    public static void Run(string folder, IStoryTermTranslator? translator)
    {
        var english = Read(Path.Combine(folder, "xquad.en.json"), "en");
        var german = Read(Path.Combine(folder, "xquad.de.json"), "de");
        var articles = english.Concat(german).Select(p => p.Article).ToList();
        var stories = new StoryClusterer(translator).Cluster(articles);
        Console.WriteLine(translator is null ? "XQuAD without the lexicon:" : "XQuAD with the FreeDict lexicon:");
        var storyOf = new Dictionary<string, int>();
        for (var s = 0; s < stories.Count; s++) foreach (var a in stories[s].Articles) storyOf[a.Id] = s;

        var together = english.Count(e => storyOf[e.Article.Id] == storyOf[e.Article.Id.Replace("en-", "de-")]);
        Console.WriteLine($"XQuAD: {together}/{english.Count} English/German translation pairs in the same story ({100.0 * together / english.Count:F1}%)");

        var all = english.Concat(german).ToList();
        var random = new Random(7);
        int sampled = 0, apart = 0;
        while (sampled < 50_000)
        {
            var a = all[random.Next(all.Count)];
            var b = all[random.Next(all.Count)];
            if (a.Topic == b.Topic) continue;
            sampled++;
            if (storyOf[a.Article.Id] != storyOf[b.Article.Id]) apart++;
        }
        Console.WriteLine($"XQuAD: random pairs from different Wikipedia articles kept apart: {apart}/{sampled} = {(double)apart / sampled:F4}");
    }

    private static List<(Article Article, string Topic)> Read(string file, string language)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var result = new List<(Article, string)>();
        var n = 0;
        foreach (var topic in json.RootElement.GetProperty("data").EnumerateArray())
        {
            var title = topic.GetProperty("title").GetString()!;
            foreach (var paragraph in topic.GetProperty("paragraphs").EnumerateArray())
            {
                var sentences = SentenceSplitter.Split(paragraph.GetProperty("context").GetString());
                var article = new Article
                {
                    Id = $"{language}-{n++}", Title = sentences[0], Language = language,
                    Paragraphs = sentences.Skip(1).Chunk(3).Select(c => string.Join(' ', c)).ToList(),
                };
                result.Add((article, title));
            }
        }
        return result;
    }
}
