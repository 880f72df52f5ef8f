using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A figure is said of the subject of its own clause (issue 10, unanswerable detail questions answered): "Wie hoch war die
/// Gage von Don Cheadle …?" was answered by "The film, which scored Oscar nominations for Don Cheadle …, made £507,596",
/// whose sum the main clause says of the film. A sentence that shows the question only in another clause than its figure's
/// gives no figure of the question. The sentences are invented.
/// </summary>
public sealed class FigureOfAnotherClauseTests
{
    private const string Question = "How much money did the Nordlink gala concert raise?";

    private const string Apart = "every chosen sentence's new figure stands in a clause that shows nothing of the question";

    private static string? Missing(string sentence)
    {
        var statistics = new WordTermStatistics();
        var hit = new PassageHit(new Passage("a#p0", "a", 0, sentence, "en"), new ArticleInfo("a", "Kelby", null, null, null, "en"), 1f);
        var candidate = new CandidateSentence(sentence, hit, 0, 0, statistics.AnalyzeTerms(sentence, "en").ToHashSet(StringComparer.Ordinal), 0.5, 1)
        {
            Novel = new HashSet<string> { "5" },
        };
        return AskedFact.Missing([candidate], Question, "en", AnswerType.Number, new NameDetector(new NoTermStatistics(), []), statistics, []);
    }

    [Fact]
    public void A_sum_in_the_main_clause_of_another_subject_gives_no_figure_of_the_question_named_in_a_relative_clause() =>
        Assert.Equal(Apart, Missing("Kelby's theatre, which hosted the Nordlink gala concert, earned $5m last year."));

    [Fact]
    public void A_sum_in_a_relative_clause_about_another_thing_gives_no_figure_of_the_question() =>
        Assert.Equal(Apart, Missing("The Nordlink gala concert was held beside the Kelby theatre, which earned $5m last year."));

    [Fact]
    public void A_sum_in_the_clause_that_names_the_question_answers() =>
        Assert.Null(Missing("The Nordlink gala concert, which was held at the Kelby theatre, raised $5m."));

    [Fact]
    public void A_relative_clause_about_the_asked_thing_answers_through_the_words_before_it() =>
        Assert.Null(Missing("Fans filled the Kelby theatre for the Nordlink gala concert, which raised $5m."));

    [Fact]
    public void A_part_joined_by_and_goes_on_with_the_relative_clause_and_a_comma_between_digits_is_no_break()
    {
        const string sentence = "The film, which scored nominations for Don Cheadle and Sophie Okonedo, made £507,596 in its first week.";
        var parts = FigureClause.Of(sentence);
        Assert.Equal([false, true, true, false], parts.Select(p => p.Subordinate));
        Assert.Equal(" made £507,596 in its first week.", sentence[parts[3].Start..parts[3].End]);
    }

    [Fact]
    public void A_relative_clause_right_after_the_figure_says_what_the_figure_is_of() =>
        Assert.Null(Missing("Kelby's mayor praised $5m, which the Nordlink gala concert raised."));

    [Fact]
    public void A_german_d_word_before_a_capitalised_noun_is_an_article_and_opens_no_relative_clause() =>
        Assert.Equal([false, false, true],
            FigureClause.Of("Eine Spenderin ist gefunden: Die Ehefrau von Kelby-Chef Berg spendete 100.000 Euro, die der Partei zugutekommen.").Select(p => p.Subordinate));

    [Fact]
    public void A_d_word_opening_the_sentence_is_its_article_though_an_adjective_follows() =>
        Assert.Equal([false, false, false],
            FigureClause.Of("Der grüne Kandidat Berg kann dem Vorschlag etwas abgewinnen, setzt die Grenze höher an – bei 2,5 Millionen Euro.").Select(p => p.Subordinate));

    [Fact]
    public void A_conjunction_opening_the_sentence_still_makes_its_first_part_subordinate() =>
        Assert.Equal([true, false], FigureClause.Of("While Kelby's theatre earned $5m, the Nordlink gala concert raised $2m.").Select(p => p.Subordinate));

    [Fact]
    public void A_d_word_after_a_comma_before_an_adjective_still_opens_a_relative_clause() =>
        Assert.Equal([false, true], FigureClause.Of("Gezahlt hat die Stadt Kelby, die gestern 40.000 Euro überwies.").Select(p => p.Subordinate));
}
