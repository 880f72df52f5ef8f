using Briefing.Core.Lexicon;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

public sealed class LexiconQueryExpanderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly EngineFixture _engine;

    public LexiconQueryExpanderTests()
    {
        var dictionaries = _folder.Combine("dictd");
        DictdTestFiles.Write(dictionaries, LexiconOptions.EnglishGerman, DictdTestFiles.EnglishGerman, chunked: true);
        DictdTestFiles.Write(dictionaries, LexiconOptions.GermanEnglish, DictdTestFiles.GermanEnglish);
        var settings = new Dictionary<string, string?> { ["Lexicon:Folder"] = dictionaries };
        _engine = new EngineFixture(_folder, settings, services => services.AddBriefingLexicon(Configuration(settings)));
        _folder.Write("news/kiel.txt", TestArticles.HarbourGerman);
        _folder.Write("news/comet.txt", TestArticles.CometEnglish);
        _folder.Write("news/rail.txt", TestArticles.RailEnglish);
        _engine.IngestAsync(_folder.Combine("news")).GetAwaiter().GetResult();
    }

    private static IConfiguration Configuration(IDictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private LexiconQueryExpander Expander => _engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void English_content_words_expand_into_german_words_the_index_holds_grouped_per_word_and_weaker()
    {
        var expansions = Expander.Expand("How many jobs did the new harbour create?", "en");
        Assert.All(expansions, e => Assert.Equal("de", e.Language));
        // At most a typed word's weight: no English article here says "jobs" or "harbour", so their translations weigh
        // as typed words (NamesAndUnsharedWordsTests); a word the English articles have stays weaker.
        Assert.All(expansions, e => Assert.InRange(e.Weight, 0.01f, 1f));
        Assert.Contains(expansions, e => e.Text == "Hafen" && e.Group == "en:harbour");
        Assert.Contains(expansions, e => e.Text == "Arbeitsplätze" && e.Group == "en:jobs");
        // "Port", "beherbergen", "Stellen" are translations, but no indexed passage has them.
        Assert.DoesNotContain(expansions, e => e.Text is "Port" or "beherbergen" or "Stellen");
        Assert.DoesNotContain(expansions, e => e.Group is "en:how" or "en:much" or "en:the");
    }

    [Fact]
    public void Inflected_question_words_are_looked_up_in_their_base_form()
    {
        var expansions = Expander.Expand("Which wetlands were drained?", "en");
        Assert.Contains(expansions, e => e.Text == "Feuchtgebiet" && e.Group == "en:wetlands");
    }

    [Fact]
    public void A_possessive_is_translated_as_the_word_itself()
    {
        // Name constraints look translations up under the word as named ("harbour"), not "harbour's".
        var expansions = Expander.Expand("How deep is the harbour's new basin?", "en");
        Assert.Contains(expansions, e => e.Text == "Hafen" && e.Group == "en:harbour");
    }

    [Fact]
    public void Two_words_the_dictionary_lists_as_one_term_translate_into_its_german_compound()
    {
        // Neither "container" nor "port" alone says "Containerhafen", the word the German article uses.
        var expansions = Expander.Expand("When did the container port in Kiel open?", "en");
        Assert.Contains(expansions, e => e.Text == "Containerhafen" && e.Group == "en:container");
        Assert.Contains(expansions, e => e.Text == "Containerhafen" && e.Group == "en:port");
    }

    [Fact]
    public void German_questions_expand_into_english()
    {
        var expansions = Expander.Expand("Wie lange dauert der Streik?", "de");
        Assert.Contains(expansions, e => e.Text == "strike" && e.Language == "en" && e.Group == "de:Streik");
    }

    [Fact]
    public void A_hyphenated_compound_the_dictionary_lacks_is_translated_by_its_parts()
    {
        var expansions = Expander.Expand("Wie lange dauert der Hafen-Streik?", "de");
        Assert.Contains(expansions, e => e.Text == "strike" && e.Group == "de:Streik");
    }

    [Fact]
    public async Task An_english_question_about_a_german_article_retrieves_and_cites_it()
    {
        var answer = await _engine.AskAsync("How much did the new harbour in Kiel cost to build?");
        Assert.False(answer.Abstained);
        Assert.Equal("en", answer.Language);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("240 Millionen Euro"));
        Assert.StartsWith("From the articles (quoted in their original language):", answer.Text);
    }

    [Fact]
    public void Without_dictionary_files_nothing_is_registered_and_search_still_works()
    {
        var settings = new Dictionary<string, string?> { ["Lexicon:Folder"] = _folder.Combine("nowhere") };
        var services = new ServiceCollection().AddBriefingLexicon(Configuration(settings));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IQueryExpander));
        var disabled = new Dictionary<string, string?> { ["Lexicon:Folder"] = _folder.Combine("dictd"), ["Lexicon:Enabled"] = "false" };
        Assert.DoesNotContain(new ServiceCollection().AddBriefingLexicon(Configuration(disabled)), d => d.ServiceType == typeof(IQueryExpander));
    }

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }
}
