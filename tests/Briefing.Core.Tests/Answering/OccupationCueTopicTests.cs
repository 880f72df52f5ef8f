using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, false abstentions from the off-topic check: "Was ist die aus Hollabrunn stammende Innenministerin Mikl-Leitner
/// eigentlich von Beruf?" over "Die gebürtige Hollabrunnerin Mikl-Leitner wiederum, studierte Wirtschaftspädagogin" was
/// abstained on, as the article never writes "Beruf". The noun an occupation question asks with is the asked kind, as
/// "welche Auszeichnung" is; the article says the job itself.
/// </summary>
public sealed class OccupationCueTopicTests
{
    private static readonly NameDetector Names = new(new WordTermStatistics(), [new ListedWords("beruf", "frauen", "vater", "komponisten", "innenministerin") { Language = "de" }]);

    [Theory]
    [InlineData("Was ist die Innenministerin Mikl-Leitner eigentlich von Beruf?", "de", "Beruf")]
    [InlineData("Welchen Beruf hatte der Vater des Komponisten?", "de", "Beruf")]
    public void The_noun_asking_for_an_occupation_is_no_topic_word(string question, string language, string noun)
    {
        Assert.DoesNotContain(noun, AskedTopic.Of(question, language, [], Names, new WordTermStatistics()).Words);
    }

    [Fact]
    public void The_noun_elsewhere_is_a_topic_word()
    {
        Assert.Contains("Beruf", AskedTopic.Of("Wie viele Frauen wählen einen technischen Beruf?", "de", [], Names, new WordTermStatistics()).Words);
    }
}
