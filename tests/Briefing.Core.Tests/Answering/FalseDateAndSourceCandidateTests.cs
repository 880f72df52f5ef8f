using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Candidates that are no answer of the asked kind (issue 10): a price read as a clock time, the drop "fall" read as
/// the season, and a newspaper or agency cited as a report's source read as the doer of the reported deed.
/// </summary>
public sealed class FalseDateAndSourceCandidateTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("The company plans to buy back 52 million shares at 570 rupees (£6.80; $13) apiece.")]
    [InlineData("Ein Ticket kostet 6.50 Euro.")]
    [InlineData("The index stood at 6.80 points.")]
    public void A_price_or_a_figure_with_a_decimal_point_is_no_clock_time(string sentence) =>
        Assert.Empty(AnswerCandidates.Of(sentence, AnswerType.Date, "en", Names));

    [Theory]
    [InlineData("The meeting starts at 6.30 in the evening.", "6.30")]
    [InlineData("Die Sitzung beginnt um 18:45.", "18:45")]
    public void A_clock_time_is_still_a_date(string sentence, string key) =>
        Assert.Contains(key, AnswerCandidates.Of(sentence, AnswerType.Date, "en", Names));

    [Theory]
    [InlineData("The board hopes the move will reverse a 13% fall in Reliance's shares.")]
    [InlineData("Shares could fall further, analysts warned.")]
    [InlineData("The fall of the Berlin Wall changed Europe.")]
    public void Fall_as_a_drop_is_no_season(string sentence) =>
        Assert.Empty(AnswerCandidates.Of(sentence, AnswerType.Date, "en", Names));

    /// <summary>A bare "The fall" is the drop, and a figure of a fall is no year of one (only years of the last two centuries are).</summary>
    [Theory]
    [InlineData("The fall was the steepest in a decade.")]
    [InlineData("It suffered a fall of 1500 jobs.")]
    public void The_fall_without_a_season_word_is_the_drop(string sentence) =>
        Assert.DoesNotContain("fall", AnswerCandidates.Of(sentence, AnswerType.Date, "en", Names));

    [Theory]
    [InlineData("The album is due out this fall.")]
    [InlineData("The plant closed in the fall of 2004.")]
    [InlineData("The plant will open in fall 2006.")]
    [InlineData("Production starts in the fall, the company said.")]
    [InlineData("The store opened last fall in Ohio.")]
    public void Fall_beside_a_year_or_this_is_the_season(string sentence) =>
        Assert.Contains("fall", AnswerCandidates.Of(sentence, AnswerType.Date, "en", Names));

    /// <summary>"Fall" capitalised is the German noun (a case): read for the word alone by the one reader of "fall".</summary>
    [Theory]
    [InlineData("Fall", false)]
    [InlineData("fall", true)]
    [InlineData("Herbst", true)]
    public void Fall_dates_only_in_lower_case(string written, bool dates)
    {
        Assert.Equal(dates, SeasonFall.CanDateWithoutContext(written));
        Assert.Equal(dates, DateWords.Dates(written));
    }

    [Fact]
    public void The_German_Fall_is_no_date_candidate() =>
        Assert.DoesNotContain("fall", AnswerCandidates.Of("Der Fall wird im Herbst 2015 verhandelt.", AnswerType.Date, "de", Names));

    [Theory]
    [InlineData("Bei einer Behebung von einem Konto verschwanden nach STANDARD-Infos rund 30.000 Euro.", "de", "standard")]
    [InlineData("Die Bombe sei in der Stadt detoniert, berichtete die Zeitung Premium Times.", "de", "premium")]
    [InlineData("The leak was found by staff, the minister told the Guardian.", "en", "guardian")]
    [InlineData("Nach Informationen des STANDARD fehlen Abrechnungen.", "de", "standard")]
    public void A_newspaper_cited_as_the_source_is_no_doer(string sentence, string language, string source)
    {
        Assert.DoesNotContain(source, AnswerCandidates.Of(sentence, AnswerType.Organisation, language, Names));
        Assert.DoesNotContain(source, AnswerCandidates.Of(sentence, AnswerType.Named, language, Names));
    }

    /// <summary>"Preston City Council reported that …", "according to the council": the body that found the fact is cited, and asked for.</summary>
    [Theory]
    [InlineData("Last week Preston City Council reported that more than 14,000 of its voters were not registered.", "preston")]
    [InlineData("According to Preston City Council, more than 14,000 voters were not registered.", "preston")]
    public void A_body_that_reports_its_own_finding_stays_a_candidate(string sentence, string name) =>
        Assert.Contains(name, AnswerCandidates.Of(sentence, AnswerType.Organisation, "en", Names));

    /// <summary>"meldete die Lufthansa einen Verlust" is the airline's own deed, and "nach Angaben der Lufthansa" its own figures.</summary>
    [Theory]
    [InlineData("Im Mai meldete die Lufthansa einen Verlust.")]
    [InlineData("Nach Angaben der Lufthansa fielen 200 Flüge aus.")]
    public void A_German_body_giving_its_own_news_stays_a_candidate(string sentence) =>
        Assert.Contains("lufthansa", AnswerCandidates.Of(sentence, AnswerType.Organisation, "de", Names));

    /// <summary>"Sun" inside "Sunderland" is no second naming of the paper: only the word standing alone names it again.</summary>
    [Fact]
    public void A_source_inside_a_longer_word_is_not_named_elsewhere() =>
        Assert.DoesNotContain("sun", AnswerCandidates.Of("The striker will join Sunderland next week, his agent told the Sun.", AnswerType.Named, "en", Names));

    [Fact]
    public void A_source_named_again_as_a_word_of_its_own_stays() =>
        Assert.Contains("sun", AnswerCandidates.Of("Murdoch bought the Sun in 1969, and the striker's agent told the Sun.", AnswerType.Named, "en", Names));

    [Fact]
    public void A_question_that_asks_for_the_paper_keeps_the_source() =>
        Assert.Contains("premium", AnswerCandidates.Of("Die Bombe sei in der Stadt detoniert, berichtete die Zeitung Premium Times.",
            AnswerType.Named, "de", Names, head: "Zeitung"));
}
