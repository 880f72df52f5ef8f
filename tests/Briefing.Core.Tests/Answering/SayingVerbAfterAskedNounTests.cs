using Briefing.Core.Answering;
using Briefing.Core.Tests.Llm;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, who / which questions answered with the wrong name: "the French international defender believes Mourinho is
/// suited to the job" names the manager the defender speaks about, not the defender. A verb of saying between the asked
/// noun and the name after it makes the name part of what is said; the name written right after the noun ("defender
/// William Gallas") stays the asked one. Sentences invented.
/// </summary>
public sealed class SayingVerbAfterAskedNounTests
{
    private static readonly NameDetector Names = new(new WordTermStatistics(), []);

    [Theory]
    [InlineData("And the French international defender believes Mourinho is perfectly suited to the job.", "en", "Mourinho")]
    [InlineData("The defender said Ranieri had never lost the dressing room.", "en", "Ranieri")]
    [InlineData("Der Verteidiger sagte, Koller habe die Mannschaft im Griff.", "de", "Koller")]
    public void A_name_after_the_noun_s_verb_of_saying_is_not_the_asked_one(string sentence, string language, string key)
    {
        var head = language == "de" ? "Verteidiger" : "defender";

        Assert.DoesNotContain(AnswerCandidates.NameKey(key), AnswerCandidates.NearHead(sentence, head, language, Names));
    }

    [Theory]
    [InlineData("Chelsea defender William Gallas said the title race was open.", "en", "Gallas")]
    [InlineData("Der Verteidiger Martin Hinteregger sagte, das Spiel sei offen.", "de", "Hinteregger")]
    public void A_name_right_after_the_noun_is_still_the_asked_one(string sentence, string language, string key)
    {
        var head = language == "de" ? "Verteidiger" : "defender";

        Assert.Contains(AnswerCandidates.NameKey(key), AnswerCandidates.NearHead(sentence, head, language, Names));
    }
}
