using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, false abstentions on well-formed questions (XQuAD): the noun of a fixed German verb phrase ("ums Leben
/// kommen", "in Kraft treten") is no topic the article must show. "Wie viele Menschen kamen 1620-21 in Algier ums
/// Leben?" over "Algier verlor 30.000 bis 50.000 Einwohner in den Jahren 1620-21" was abstained on: the year stood apart
/// from the topic "Leben". Elsewhere the noun keeps its sense.
/// </summary>
public sealed class FixedVerbPhraseTopicTests
{
    private static readonly NameDetector Names = new(new WordTermStatistics(), [new ListedWords("leben", "kraft", "menschen", "börse", "gesetz", "wasser", "wassers", "damm") { Language = "de" }]);

    [Theory]
    [InlineData("Wie viele Menschen kamen in den Jahren 1620-21 in Algier ums Leben?", "Leben")]
    [InlineData("Wann wurde die Börse wieder zum Leben erweckt?", "Leben")]
    [InlineData("Wann trat das Gesetz über die Mietpreisbremse in Kraft?", "Kraft")]
    public void The_noun_of_a_fixed_verb_phrase_is_no_topic_word(string question, string noun)
    {
        Assert.DoesNotContain(noun, AskedTopic.Of(question, "de", [], Names, new WordTermStatistics()).Words);
    }

    [Theory]
    [InlineData("Wie teuer ist das Leben in Algier?", "Leben")]
    [InlineData("Wie wirkt die Kraft des Wassers auf den Damm?", "Kraft")]
    public void The_noun_elsewhere_is_a_topic_word(string question, string noun)
    {
        Assert.Contains(noun, AskedTopic.Of(question, "de", [], Names, new WordTermStatistics()).Words);
    }
}
