using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, false abstentions from the off-topic check: an English verb the dictionary also renders as a German noun
/// ("want" → Bedarf, "watch" → Uhr) was required as a topic noun. "How many vehicles does Britain want to be building
/// again by 2018?" over "Ziel sei, dass spätestens 2018 … wieder zwei Millionen Fahrzeuge produziert werden" was
/// abstained on ("I found nothing about want, building and 2018"). A verb shows the topic where the article writes it
/// ("hoping" … "hopes"); where it does not, it says nothing against the article.
/// </summary>
public sealed class VerbTopicWordTests
{
    private static readonly NameDetector Names = new(new WordTermStatistics(), []);

    private static readonly IReadOnlyList<WeightedTerm> Expansions =
    [
        new("Bedarf", "de", 1f) { Group = "en:want" },
        new("Bau", "de", 1f) { Group = "en:building" },
        new("Fahrzeuge", "de", 1f) { Group = "en:vehicles" },
        new("Hoffnung", "de", 1f) { Group = "en:hoping" },
        new("Touristen", "de", 1f) { Group = "en:tourists" },
    ];

    [Fact]
    public void An_article_without_the_verbs_is_not_off_topic()
    {
        var topic = AskedTopic.Of("How many vehicles does Britain want to be building again by 2018?", "en", Expansions, Names, new WordTermStatistics());
        var article = Terms("ziel sei dass spätestens 2018 wieder zwei millionen fahrzeuge produziert werden", "de");

        Assert.Empty(topic.MissingIn(article, "de"));
        Assert.Equal(1, topic.ShownShare(article, "de"));
    }

    [Fact]
    public void A_verb_the_article_writes_shows_the_topic()
    {
        var topic = AskedTopic.Of("How much is Turkey hoping to earn from tourists within three years?", "en", Expansions, Names, new WordTermStatistics());

        Assert.Equal(0.5, topic.ShownShare(Terms("turkey is hoping revenues from visitors will double", "en"), "en"));
        Assert.Equal(["tourists"], topic.MissingIn(Terms("turkey is hoping revenues from visitors will double", "en"), "en"));
    }

    [Fact]
    public void The_same_word_as_a_noun_is_required()
    {
        var topic = AskedTopic.Of("When will the building on the river be finished?", "en", Expansions, Names, new WordTermStatistics());

        Assert.Equal(["building"], topic.MissingIn(Terms("the bridge on the river opens in may", "en"), "en"));
    }

    private static HashSet<string> Terms(string text, string language) => new WordTermStatistics().AnalyzeTerms(text, language).ToHashSet(StringComparer.Ordinal);
}
