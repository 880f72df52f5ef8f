using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Xunit;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How much net profit did Australian miner WMC make in 2004?": the lower-case word right before the name says what the
/// name is (<see cref="NameDescriptors"/>), so the year said beside the company is said of the asked thing though the
/// article never calls it a miner (<see cref="YearBesideTopic"/>). A topic word that describes no name — a verb before a
/// name, the noun a contact clause says of a name ("the contract Siemens won") — still must stand beside the year.
/// </summary>
public sealed class YearBesideNameDescriptorTests
{
    private static readonly ContentWordStatistics Statistics = new();

    private static readonly NameDetector Names = new(Statistics, [new ListedWords("miner", "profits", "profit", "harvest", "crops", "tonnes", "net", "contract")]);

    private const string ProfitSentence = "WMC said it made net profits of 1.33bn Australian dollars in 2004, up from A$246bn the year before.";

    [Fact]
    public void A_word_that_describes_the_name_is_no_topic_the_year_must_stand_beside()
    {
        const string question = "How much net profit did Australian miner WMC make in 2004?";

        Assert.Equal(["miner"], NameDescriptors.In(question, "en"));
        Assert.False(IsApart(question, ScoredSentence.Of(question, ProfitSentence, "en", Statistics, Names, "Results"),
            [new WeightedTerm("Bergmann", "de", 1f) { Group = "en:miner" }]));
    }

    [Fact]
    public void A_topic_word_that_describes_no_name_still_stands_apart()
    {
        const string question = "How much net profit did the miner make in 2004?";

        Assert.Empty(NameDescriptors.In(question, "en"));
        Assert.True(IsApart(question, ScoredSentence.Of(question, ProfitSentence, "en", Statistics, Names, "Results"),
            [new WeightedTerm("Bergmann", "de", 1f) { Group = "en:miner" }]));
    }

    [Fact]
    public void The_noun_of_a_contact_clause_is_a_topic_of_its_own()
    {
        // "the contract Siemens won": the contract is what Siemens won, not what Siemens is; a year beside Siemens's profit
        // says nothing of the contract.
        const string question = "How much was the contract Siemens won in 2010 worth?";

        Assert.DoesNotContain("contract", NameDescriptors.In(question, "en"));
        Assert.True(IsApart(question, ScoredSentence.Of(question, "Siemens said its profit rose in 2010.", "en", Statistics, Names, "Results"),
            [new WeightedTerm("Vertrag", "de", 1f) { Group = "en:contract" }]));
    }

    [Theory]
    [InlineData("How many tourists visited Spain in 2019?")]
    [InlineData("How many fans watched Chelsea in 2015?")]
    public void A_verb_before_a_name_describes_nothing(string question) =>
        Assert.Empty(NameDescriptors.In(question, "en"));

    [Fact]
    public void A_listed_kind_of_person_describes_the_name() =>
        Assert.Equal(["striker"], NameDescriptors.In("How many goals did striker Wayne Rooney score in 2008?", "en"));

    [Fact]
    public void German_questions_have_no_such_descriptors() =>
        Assert.Empty(NameDescriptors.In("Wie viel Gewinn hat der australische Bergbaukonzern WMC 2004 gemacht?", "de"));

    /// <param name="expansions">English topic words are the nouns the dictionary renders as German nouns: "miner" → "Bergmann".</param>
    private static bool IsApart(string question, CandidateSentence sentence, IReadOnlyList<WeightedTerm> expansions)
    {
        var unit = AskedUnit.Of(question, Names);
        var topic = AskedTopic.Of(question, "en", expansions, Names, Statistics);
        var counted = AskedTopic.OfCountedNoun(unit, "en", [], Statistics);
        return YearBesideTopic.IsApart([sentence], question, AskedYears.Of(question), topic, counted, Statistics, YearBesideTopic.AsksMeasure(unit), "en");
    }
}
