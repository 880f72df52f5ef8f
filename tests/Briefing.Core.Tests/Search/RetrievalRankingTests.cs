using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Search;

/// <summary>The ranking levers beyond plain BM25: translation groups, question-word removal, sentence evidence.</summary>
public sealed class RetrievalRankingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LuceneNewsIndex _index;

    public RetrievalRankingTests() => _index = new LuceneNewsIndex(_folder.Combine("index"));

    private void Put(string id, string language, string title, params string[] paragraphs)
    {
        var article = new Article { Id = id, Title = title, Language = language, Paragraphs = paragraphs };
        _index.Upsert(article, PassageChunker.Chunk(article), ArticleContentHash.Compute(article));
    }

    private static WeightedTerm Translation(string text, string word) => new(text, "de", 0.5f) { Group = "en:" + word };

    [Fact]
    public void Many_translations_of_one_word_count_once_so_the_passage_with_more_of_the_question_wins()
    {
        Put("many-translations", "de", "Anlegestellen", "Der Hafen, der Port, der Anleger und die Mole liegen an der Förde. Hafen, Port, Anleger und Mole wurden gestrichen.");
        Put("more-of-the-question", "de", "Werft", "Im Hafen von Kiel wurde eine neue Werft für Fähren eröffnet, die viele Menschen beschäftigt.");
        var request = new SearchRequest("harbour shipyard", "en", 2)
        {
            Expansions = [Translation("Hafen", "harbour"), Translation("Port", "harbour"), Translation("Anleger", "harbour"), Translation("Mole", "harbour"), Translation("Werft", "shipyard")],
        };
        _index.Commit();
        Assert.Equal("more-of-the-question", _index.Search(request)[0].Article.Id);
    }

    [Fact]
    public void A_passage_with_all_words_of_a_phrase_translation_outranks_one_repeating_one_of_them()
    {
        // "Notenbank" → "central bank": an article about banks in general says "bank" more often than the one about the
        // central bank; counted word by word, the best word alone decided and the repetition won.
        Put("any-bank", "en", "Lenders", "The bank said the bank would close ten branches, and the bank expects more losses at the bank next year.");
        Put("central-bank", "en", "Rates", "The central bank said its governor would step down in January after five years in the post.");
        Put("central-a", "en", "Heating", "The central heating failed in the old school during the cold spell.");
        Put("central-b", "en", "Station", "The central station was closed for repairs over the weekend.");
        _index.Commit();
        var request = new SearchRequest("Wann hört der Chef der Notenbank auf?", "de", 2)
        {
            Expansions = [new WeightedTerm("central bank", "en", 0.5f) { Group = "de:Notenbank" }],
        };
        Assert.Equal("central-bank", _index.Search(request)[0].Article.Id);
    }

    [Fact]
    public void Question_words_do_not_decide_the_ranking()
    {
        Put("question-words", "en", "Quiz", "How many, how much, what and which: how many did what, which did how much, and what did which.");
        Put("answer", "en", "Lighthouse", "The lighthouse keeper counted the ships. The lighthouse has stood on the cliff since 1850.");
        _index.Commit();
        Assert.Equal("answer", _index.Search(new SearchRequest("How many lighthouse did what which?", "en", 2))[0].Article.Id);
    }

    [Fact]
    public void A_question_made_only_of_question_words_is_still_searched()
    {
        Put("question-words", "en", "Quiz", "Who did what and how many of them were there, which was it?");
        _index.Commit();
        Assert.Single(_index.Search(new SearchRequest("Who did what?", "en", 2)));
    }

    [Fact]
    public void A_passage_answering_in_one_sentence_outranks_one_scattering_the_words()
    {
        Put("scattered", "en", "Notes",
            "The bridge is old. Many engineers visit. The river floods in spring. Engineers built roads. The bridge river engineers were busy in 1907.",
            "Bridge tolls rose. The river is wide.");
        Put("one-sentence", "en", "History", "Engineers built the bridge over the river in 1907, local records say. It still carries trains across the valley every day.");
        _index.Commit();
        var hits = _index.Search(new SearchRequest("When did engineers build the bridge over the river?", "en", 3));
        Assert.Equal("one-sentence", hits[0].Article.Id);
        Assert.True(hits[0].Score >= hits[1].Score);
    }

    [Fact]
    public void A_german_compound_in_the_question_finds_its_parts_in_the_passage()
    {
        Put("parts", "de", "Island", "Die Wikinger kamen im neunten Jahrhundert als Siedler nach Island und gründeten dort Höfe.");
        Put("other", "de", "Grönland", "Grönland wurde später von Norwegen aus besiedelt, wie Chroniken über die Insel berichten.");
        Put("third", "de", "Handel", "Die Siedler trieben Handel mit Fisch und Wolle, berichten Chroniken aus dem Mittelalter.");
        _index.Commit();
        var hits = _index.Search(new SearchRequest("Was taten die Wikingersiedler?", "de", 3));
        Assert.Equal("parts", hits[0].Article.Id);
    }

    [Fact]
    public void A_passage_whose_article_names_the_asked_detail_elsewhere_keeps_the_details_bonus()
    {
        // The asked detail ("Ukraine") stands in the school article's first passage; its second passage answers.
        Put("school", "en", "Children near the front",
            "The war in Ukraine has made the health problems of many families worse, aid workers say. Radiation and decades of mining waste have poisoned the soil and the ground water of the whole region.",
            "A boarding school for sick and orphaned children stands fifteen kilometres from the front line. Anna Example runs the boarding school with twelve teachers and a small medical team.");
        Put("rail", "en", "Rail", "The rail company of Ukraine runs more trains near the front line, and sick children now travel to school by train again.");
        Put("power", "en", "Power", "Ukraine runs its power plants near the front line again, so schools and hospitals for sick children have light.");
        Put("water", "en", "Water", "Ukraine runs water trucks to the front line, where children and the sick wait at the school gates every morning.");
        _index.Commit();
        var request = new SearchRequest("Who runs the boarding school for sick and orphaned children near the front line in Ukraine?", "en", 3)
        {
            Required = [new RequiredTerm("Ukraine", ["Ukraine"])],
        };
        var hits = _index.Search(request);
        Assert.Equal("school", hits[0].Article.Id);
        Assert.Contains("boarding school", hits[0].Passage.Text);
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }
}
