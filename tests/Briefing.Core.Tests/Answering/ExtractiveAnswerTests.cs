using System.Text.RegularExpressions;
using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

public sealed partial class ExtractiveAnswerTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly EngineFixture _engine;

    public ExtractiveAnswerTests()
    {
        _engine = new EngineFixture(_folder);
        _folder.Write("news/kiel.txt", TestArticles.HarbourGerman);
        _folder.Write("news/comet.txt", TestArticles.CometEnglish);
        _folder.Write("news/rail.txt", TestArticles.RailEnglish);
        _engine.IngestAsync(RepoPaths.SeedArticle, _folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Seed_question_about_the_proposal_cites_the_monitoring_mechanism_passage()
    {
        var answer = await _engine.AskAsync("Was schlug Araghchi bei der SCO-Sitzung vor?");
        Assert.False(answer.Abstained);
        Assert.Equal("de", answer.Language);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("ständigen Mechanismus zur Überwachung"));
        AssertContractHolds(answer);
    }

    [Fact]
    public async Task A_sub_headline_without_a_full_stop_never_runs_into_the_quoted_sentence()
    {
        var answer = await _engine.AskAsync("Was schlug Araghchi bei der SCO-Sitzung vor?");
        Assert.All(answer.Citations, c => Assert.DoesNotContain("SCO auf Der iranische", c.Quote));
    }

    [Fact]
    public async Task Seed_question_about_the_founding_answers_with_the_2001_sentence()
    {
        var answer = await _engine.AskAsync("Wann wurde die SCO gegründet?");
        Assert.False(answer.Abstained);
        Assert.Contains("2001", answer.Citations[0].Quote);
        AssertContractHolds(answer);
    }

    [Theory]
    [InlineData("Wer gewann die Fußball-WM 2014?", "de", "Dazu finde ich in den indexierten Artikeln nichts.")]
    [InlineData("Who won the 2014 football world cup?", "en", "I found nothing about that in the indexed articles.")]
    public async Task Questions_the_articles_do_not_cover_are_answered_with_an_honest_abstention(string question, string language, string expected)
    {
        var answer = await _engine.AskAsync(question);
        Assert.True(answer.Abstained);
        Assert.Equal(language, answer.Language);
        Assert.Equal(expected, answer.Text);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task English_question_gets_verbatim_english_sentences_with_citations()
    {
        var answer = await _engine.AskAsync("When will the comet pass closest to the Sun?");
        Assert.False(answer.Abstained);
        Assert.Equal("en", answer.Language);
        Assert.Contains("March", answer.Citations[0].Quote);
        Assert.All(answer.Citations, c => Assert.Contains(c.Quote, TestArticles.CometEnglish));
        AssertContractHolds(answer);
    }

    [Fact]
    public async Task Answers_have_at_most_three_sentences_and_no_near_identical_pair()
    {
        var answer = await _engine.AskAsync("Was kostete der Hafen in Kiel und wie viele Arbeitsplätze schafft er?");
        Assert.InRange(answer.Citations.Count, 1, 3);
        Assert.Equal(answer.Citations.Count, answer.Citations.Select(c => c.Quote).Distinct().Count());
    }

    [Fact]
    public async Task An_empty_question_is_not_searched()
    {
        var answer = await _engine.AskAsync("   ");
        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task A_ten_thousand_character_question_is_cut_and_still_answered()
    {
        var question = "Wann wurde die SCO gegründet? " + string.Concat(Enumerable.Repeat("bla ", 2_500));
        var answer = await _engine.AskAsync(question);
        Assert.True(answer.Question.Length <= 1_000);
        AssertContractHolds(answer);
    }

    /// <summary>Every [n] has exactly one citation, every citation is used, quotes are article text.</summary>
    internal static void AssertContractHolds(Answer answer)
    {
        var used = Markers().Matches(answer.Text).Select(m => int.Parse(m.Groups[1].Value)).ToHashSet();
        Assert.Equal(answer.Citations.Select(c => c.N).Order(), used.Order());
        Assert.Equal(answer.Citations.Count, answer.Citations.Select(c => c.N).Distinct().Count());
        Assert.All(answer.Citations, c => Assert.False(string.IsNullOrWhiteSpace(c.Quote)));
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Markers();

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }
}
