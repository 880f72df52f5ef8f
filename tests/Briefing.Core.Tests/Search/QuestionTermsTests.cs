using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;

namespace Briefing.Core.Tests.Search;

public sealed class QuestionTermsTests
{
    private static readonly WordTermStatistics Statistics = new();

    [Fact]
    public void A_word_the_other_language_writes_as_typed_is_one_concept_with_its_translations()
    {
        // "Trump" is written as typed in German articles; the dictionary also offers "Trompete". A sentence saying
        // "Trump eröffnet Werk" shows everything the question asks: the translation is another way to show the
        // same word, not a second concept no sentence shows.
        WeightedTerm[] expansions =
        [
            new("trompete", "de", 0.5f) { Group = "en:Trump" },
            new("eröffnet", "de", 0.5f) { Group = "en:open" },
            new("werk", "de", 0.5f) { Group = "en:plant" },
        ];
        var terms = QuestionTerms.For("When did Trump open the plant?", "en", "de", expansions, Statistics);

        var sentence = new HashSet<string>(["trump", "eröffnet", "werk"], StringComparer.Ordinal);
        Assert.Equal(1.0, terms.Coverage(sentence), 6);
        Assert.Equal(3, terms.Count);
    }

    [Fact]
    public void A_translation_merged_into_a_typed_word_shows_it_at_the_translation_weight()
    {
        // The concept "Trump" takes "Trompete" in after it was made (a record copy): a sentence with only the
        // translation shows it, at the lexicon's weight; the typed word shows it in full.
        WeightedTerm[] expansions =
        [
            new("trompete", "de", 0.5f) { Group = "en:Trump" },
            new("eröffnet", "de", 0.5f) { Group = "en:open" },
            new("werk", "de", 0.5f) { Group = "en:plant" },
        ];
        var terms = QuestionTerms.For("When did Trump open the plant?", "en", "de", expansions, Statistics);

        var typed = new HashSet<string>(["trump", "eröffnet", "werk"], StringComparer.Ordinal);
        var translated = new HashSet<string>(["trompete", "eröffnet", "werk"], StringComparer.Ordinal);
        Assert.Equal(1.0, terms.Coverage(translated), 6);
        Assert.True(terms.TypedComparableCoverage(translated) < terms.TypedComparableCoverage(typed));
        Assert.True(terms.TypedComparableCoverage(translated) > terms.TypedComparableCoverage(new HashSet<string>(["eröffnet", "werk"], StringComparer.Ordinal)));
    }

    [Fact]
    public void A_phrase_translation_merged_into_a_typed_word_shows_it_where_its_words_stand()
    {
        // "Hollywood" is written as typed in German articles and also rendered as the phrase "Film Industrie": the
        // merged concept (a record copy) must check the phrase it gained, not only the phrases it was made with.
        WeightedTerm[] expansions =
        [
            new("film industrie", "de", 0.5f) { Group = "en:Hollywood" },
            new("eröffnet", "de", 0.5f) { Group = "en:open" },
            new("werk", "de", 0.5f) { Group = "en:plant" },
        ];
        var terms = QuestionTerms.For("When did Hollywood open the plant?", "en", "de", expansions, Statistics);

        var phrase = new HashSet<string>(["film", "industrie", "eröffnet", "werk"], StringComparer.Ordinal);
        Assert.Equal(1.0, terms.Coverage(phrase), 6);
        Assert.True(terms.Coverage(new HashSet<string>(["film", "eröffnet", "werk"], StringComparer.Ordinal)) < 1.0);
    }

    [Fact]
    public void A_search_only_rendering_is_no_concept_a_sentence_must_show()
    {
        // "Tennislegende" read by its parts (tennis, legend) finds the article, but a sentence restating them shows no
        // more of the question: the coverage reads the question's words and their other translations alone.
        WeightedTerm[] expansions =
        [
            new("eröffnet", "de", 0.5f) { Group = "en:open" },
            new("werk", "de", 0.5f) { Group = "en:plant" },
            new("legende", "de", 0.5f) { Group = "en:legend", SearchOnly = true },
        ];
        var terms = QuestionTerms.For("When did the legend open the plant?", "en", "de", expansions, Statistics);

        Assert.Equal(terms.Coverage(new HashSet<string>(["eröffnet", "werk"], StringComparer.Ordinal)),
            terms.Coverage(new HashSet<string>(["eröffnet", "werk", "legende"], StringComparer.Ordinal)), 6);
    }
}
