using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Search;

/// <summary>
/// A newsroom indexes both languages, and one of them is the minority: its passages must rank as they would in
/// an index of their own language, not be drowned by the majority language's statistics.
/// </summary>
public sealed class MixedIndexRankingTests : IDisposable
{
    private static readonly string[] Towns = ["Kiel", "Rostock", "Bremen", "Lübeck", "Wismar", "Emden", "Husum", "Stralsund"];
    private static readonly string[] Topics = ["Service", "Fähre", "Gletscher", "Hafen", "Parade", "Zuschauer"];

    private readonly TempFolder _folder = new();

    private static void Put(LuceneNewsIndex index, string id, string language, string title, params string[] paragraphs)
    {
        var article = new Article { Id = id, Title = title, Language = language, Paragraphs = paragraphs };
        index.Upsert(article, PassageChunker.Chunk(article), ArticleContentHash.Compute(article));
    }

    private static void PutEnglish(LuceneNewsIndex index)
    {
        Put(index, "svalbard", "en", "Arctic ferry back",
            "The glacier ferry at Svalbard resumed service on 3 March after the ice broke up, the operator said.",
            "Tourists had waited since December for the crossing to the glacier front.");
        Put(index, "tromso", "en", "Harbour works in Tromsø",
            "Tromsø harbour will close one quay for repairs in spring; the ferry service to the islands continues.");
        Put(index, "bergen", "en", "Bergen weather",
            "Bergen saw its wettest autumn in a decade, with rain on 80 of 91 days, the weather service reported.");
    }

    /// <summary>Many German articles that share the English question's spellings ("Service") or its topics.</summary>
    private static void PutGerman(LuceneNewsIndex index, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var town = Towns[i % Towns.Length];
            var topic = Topics[i % Topics.Length];
            Put(index, $"de-{i}", "de", $"{topic} in {town}",
                $"In {town} sprach der Bürgermeister am Montag über {topic} und Service für die Bürger der Stadt, berichtete die Zeitung.",
                $"Der neue Service soll ab dem Frühjahr gelten; die Opposition kritisierte die Kosten von {100 + i} Millionen Euro für {town}.",
                $"Viele Bürger in {town} warteten seit Wochen auf eine Entscheidung über den Service und die {topic}.");
        }
    }

    [Fact]
    public void A_short_english_article_among_many_german_ones_is_retrieved_first_for_its_own_question()
    {
        using var index = new LuceneNewsIndex(_folder.Combine("mixed"));
        PutGerman(index, 60);
        PutEnglish(index);
        index.Commit();

        var hits = index.Search(new SearchRequest("When did the Svalbard glacier ferry resume service?", "en", 5));

        Assert.Equal("svalbard", hits[0].Article.Id);
    }

    [Fact]
    public void English_passages_rank_and_score_as_in_an_index_of_english_alone()
    {
        using var alone = new LuceneNewsIndex(_folder.Combine("alone"));
        PutEnglish(alone);
        alone.Commit();
        using var mixed = new LuceneNewsIndex(_folder.Combine("mixed"));
        PutGerman(mixed, 60);
        PutEnglish(mixed);
        mixed.Commit();
        var request = new SearchRequest("Which weather service reported rain in Bergen?", "en", 3);

        var inEnglishAlone = alone.Search(request);
        // Deep enough to hold every English passage of the mixed index, behind the German ones that match "Service".
        var inMixed = mixed.Search(request with { Top = 500 }).Where(h => h.Passage.Language == "en").ToList();

        Assert.Equal(inEnglishAlone.Select(h => h.Passage.Id), inMixed.Select(h => h.Passage.Id));
        Assert.Equal("bergen", mixed.Search(request)[0].Article.Id);
        Assert.Equal(mixed.InverseDocumentFrequency("weather", "en"), alone.InverseDocumentFrequency("weather", "en"), 6);
    }

    public void Dispose() => _folder.Dispose();
}
