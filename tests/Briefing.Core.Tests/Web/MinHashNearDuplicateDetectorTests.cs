using Briefing.Storage;
using Briefing.Core.Articles;
using Briefing.Core.Ingestion;
using Briefing.Core.Storage;
using Briefing.Core.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Web;

public sealed class MinHashNearDuplicateDetectorTests : IDisposable
{
    private static readonly string[] WireStory =
    [
        "The central bank raised its key interest rate by a quarter of a percentage point on Wednesday, the third increase this year.",
        "Governor Elena Marsh said inflation had proved more stubborn than expected and that further rises could not be ruled out.",
        "Mortgage lenders are expected to pass the increase on to borrowers within weeks, adding to pressure on household budgets.",
        "Economists had been divided on the decision, with several arguing that the economy was already slowing sharply.",
        "The bank's next meeting is scheduled for early February, when new growth forecasts will also be published.",
    ];

    private readonly WebTestServices _services = new();
    private INearDuplicateDetector Detector => _services.Provider.GetRequiredService<INearDuplicateDetector>();

    /// <summary>As ingestion does: the article store first (only stored articles are originals), then the signature.</summary>
    private void Remember(Article article)
    {
        _services.Provider.GetRequiredService<IArticleStore>().Save(article, ArticleContentHash.Compute(article));
        Detector.Remember(article);
    }

    private static Article Story(string id, string source, IReadOnlyList<string> paragraphs) => new()
    {
        Id = id, Title = "Rates rise again", Source = source, Language = "en", Paragraphs = paragraphs,
    };

    [Fact]
    public void Lightly_edited_copy_under_another_headline_is_found_as_near_duplicate()
    {
        Remember(Story("wire/rates", "Wire Agency", WireStory));
        var edited = WireStory.ToArray();
        edited[1] = "Governor Elena Marsh said inflation had been more stubborn than expected and further rises could not be ruled out.";
        edited[4] = "The bank meets again in early February.";

        Assert.Equal("wire/rates", Detector.FindNearDuplicate(Story("paper/rates", "Daily Paper", edited)));
    }

    [Fact]
    public void Shortened_copy_is_found_because_it_is_contained_in_the_original()
    {
        Remember(Story("wire/rates", "Wire Agency", WireStory));

        Assert.Equal("wire/rates", Detector.FindNearDuplicate(Story("paper/short", "Daily Paper", WireStory[..3])));
    }

    [Fact]
    public void Different_story_on_the_same_topic_is_not_a_duplicate()
    {
        Remember(Story("wire/rates", "Wire Agency", WireStory));
        string[] other =
        [
            "House prices fell for the fourth month in a row in November as higher interest rates weighed on demand from buyers.",
            "The average price of a home is now 3 percent lower than a year ago, according to the country's largest mortgage lender.",
            "Estate agents report fewer viewings and longer waits for sales, especially for larger family houses in the suburbs.",
            "The central bank's decision on Wednesday is expected to cool the market further in the coming months.",
        ];

        Assert.Null(Detector.FindNearDuplicate(Story("paper/houses", "Daily Paper", other)));
    }

    [Fact]
    public void Updated_version_of_the_same_article_is_not_its_own_duplicate()
    {
        Remember(Story("wire/rates", "Wire Agency", WireStory));

        Assert.Null(Detector.FindNearDuplicate(Story("wire/rates", "Wire Agency", WireStory)));
    }

    [Fact]
    public void Very_short_texts_are_never_matched()
    {
        Remember(Story("a", "A", ["Rates rise again."]));

        Assert.Null(Detector.FindNearDuplicate(Story("b", "B", ["Rates rise again."])));
    }

    [Fact]
    public void Also_reported_by_is_recorded_once_per_duplicate_and_survives_a_restart()
    {
        Remember(Story("wire/rates", "Wire Agency", WireStory));
        Detector.RecordAlsoReportedBy("wire/rates", Story("paper/rates", "Daily Paper", WireStory));
        Detector.RecordAlsoReportedBy("wire/rates", Story("paper/rates", "Daily Paper", WireStory));
        Detector.RecordAlsoReportedBy("wire/rates", Story("radio/rates", "City Radio", WireStory));

        // A second container over the same state.db: signatures and records are persisted, not in memory.
        using var restarted = new ServiceCollection().AddLogging().AddBriefingCore(_services.Configuration).AddBriefingStorage(_services.Configuration)
            .AddBriefingNearDuplicates().BuildServiceProvider();
        var detector = restarted.GetRequiredService<INearDuplicateDetector>();

        Assert.Equal(["Daily Paper", "City Radio"], detector.AlsoReportedBy("wire/rates"));
        Assert.Empty(detector.AlsoReportedBy("paper/rates"));
        Assert.Equal("wire/rates", detector.FindNearDuplicate(Story("tv/rates", "TV", WireStory)));
    }

    public void Dispose() => _services.Dispose();
}
