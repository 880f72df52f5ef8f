using Briefing.Core.Articles;
using Briefing.Core.Digests.Clustering;
using Briefing.Core.Tests.Digests.Support;

namespace Briefing.Core.Tests.Digests;

public sealed class StoryClustererTests
{
    private readonly StoryClusterer _clusterer = new();

    private static StoryCluster StoryOf(IReadOnlyList<StoryCluster> stories, string articleId) =>
        stories.Single(s => s.Articles.Any(a => a.Id == articleId));

    private static IReadOnlyList<Article> Day() =>
    [
        StoryArticles.JetDealGerman, StoryArticles.JetDealEnglish, StoryArticles.JetDealCopy, StoryArticles.JetDealRetitled,
        StoryArticles.FloodVisitGerman, StoryArticles.ClimateSummitEnglish, StoryArticles.FootballEnglish,
    ];

    [Fact]
    public void German_and_english_reports_of_one_event_form_one_story()
    {
        var stories = _clusterer.Cluster([StoryArticles.JetDealGerman, StoryArticles.JetDealEnglish, StoryArticles.FootballEnglish]);

        Assert.Same(StoryOf(stories, "de-jet"), StoryOf(stories, "en-jet"));
        Assert.Equal(2, stories.Count);
    }

    [Fact]
    public void Different_events_sharing_names_and_words_stay_apart()
    {
        var stories = _clusterer.Cluster(Day());

        var jet = StoryOf(stories, "de-jet");
        Assert.NotSame(jet, StoryOf(stories, "de-flood"));
        Assert.NotSame(jet, StoryOf(stories, "en-climate"));
        Assert.NotSame(StoryOf(stories, "de-flood"), StoryOf(stories, "en-climate"));
        Assert.Equal(4, stories.Count);
    }

    [Fact]
    public void Exact_copies_and_retitled_wire_copies_join_one_duplicate_group()
    {
        var stories = _clusterer.Cluster(Day());

        var jet = StoryOf(stories, "en-jet");
        Assert.Same(jet, StoryOf(stories, "en-jet-copy"));
        Assert.Same(jet, StoryOf(stories, "en-jet-retitled"));
        var wireGroup = jet.DuplicateGroups.Single(g => g.Any(a => a.Id == "en-jet"));
        Assert.Equal(["en-jet", "en-jet-copy", "en-jet-retitled"], wireGroup.Select(a => a.Id).Order());
        Assert.Equal("en-jet", wireGroup[0].Id); // the earliest publication is the original
        Assert.Equal(2, jet.DistinctReports.Count());
    }

    [Fact]
    public void Copies_stay_together_even_when_nothing_else_resembles_them()
    {
        var copyWithOtherId = StoryArticles.FootballEnglish with { Id = "en-football-2", Source = null };

        var stories = _clusterer.Cluster([StoryArticles.FootballEnglish, copyWithOtherId, StoryArticles.ClimateSummitEnglish]);

        Assert.Same(StoryOf(stories, "en-football"), StoryOf(stories, "en-football-2"));
        Assert.Single(StoryOf(stories, "en-football").DuplicateGroups);
    }

    [Fact]
    public void A_story_counts_its_distinct_sources()
    {
        var stories = _clusterer.Cluster(Day());

        Assert.Equal(4, StoryOf(stories, "en-jet").SourceCount); // Tagesblatt, Wire, Daily Courier, Evening Post
        Assert.Equal(1, StoryOf(stories, "en-football").SourceCount);
    }

    [Fact]
    public void The_representative_follows_the_preferred_language()
    {
        var german = _clusterer.Cluster([StoryArticles.JetDealEnglish, StoryArticles.JetDealGerman], preferredLanguage: "de");
        var english = _clusterer.Cluster([StoryArticles.JetDealGerman, StoryArticles.JetDealEnglish], preferredLanguage: "en");

        Assert.Equal("de-jet", Assert.Single(german).Representative.Id);
        Assert.Equal("en-jet", Assert.Single(english).Representative.Id);
    }

    [Fact]
    public void No_articles_give_no_stories()
    {
        Assert.Empty(_clusterer.Cluster([]));
    }

    [Fact]
    public void Articles_without_body_or_with_odd_text_do_not_break_clustering()
    {
        var stories = _clusterer.Cluster(
        [
            StoryArticles.Make("empty", "Kurz", "de", "X", null),
            StoryArticles.Make("symbols", "!!!", "en", "X", null, "--- *** ---", "12345 67890"),
            StoryArticles.FootballEnglish,
        ]);

        Assert.Equal(3, stories.Count);
    }
}
