using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Which X Y did …?" (issue 10): English writes a noun compound as separate words, and its last word is the head the
/// article names the asked one after ("fourth official Phil Crossley" for "Which match official …?"). Wording invented.
/// </summary>
public sealed class EnglishCompoundHeadTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    // The compound's last word, right before the verb: an auxiliary, a form of "be" or "have", a past form.
    [InlineData("Which match official sent the coach away from the touchline?", "official")]
    [InlineData("Which local radio station did the minister talk to?", "station")]
    [InlineData("Which constitutional law expert dismissed the plan?", "expert")]
    [InlineData("Which young flanker was in line for a first cap?", "flanker")]
    [InlineData("Which American tennis body did he talk to for years?", "body")]
    [InlineData("Which local radio station has aired the tape?", "station")]
    [InlineData("Which match official had sent him off?", "official")]
    // A hyphenated compound stays whole: the article names the player after "scrum-half", not after "half".
    [InlineData("Which French scrum-half kicked his side to victory?", "scrum-half")]
    [InlineData("Which state-owned bank was sold?", "bank")]
    // A participle before a noun that the verb follows is an adjective of the group, not its verb.
    [InlineData("Which radical armed group claimed the attack?", "group")]
    [InlineData("Which historic listed building was demolished?", "building")]
    // An adjective's ending before the verb is the noun itself.
    [InlineData("Which Surrey academic built the virtual face?", "academic")]
    public void The_last_noun_before_the_verb_is_the_head(string question, string head) =>
        Assert.Equal(head, AskedHead.Of(question));

    [Theory]
    // The word after the noun is the verb when its object follows ("won the", "powers the").
    [InlineData("Which film won the late cinematographer an Oscar?", "film")]
    // A known miss, pinned so a change to it is seen: a present verb is not read by its form ("backs" is a plural noun
    // as well), so "group" is not known to stand before the verb and the compound ends at its first word.
    [InlineData("Which aid group backs one of the hospitals?", "aid")]
    [InlineData("Which chip powers the phone?", "chip")]
    [InlineData("Which band did the producer manage?", "band")]
    // An adverb before the verb ends no compound.
    [InlineData("Which club finally took in refugees?", "club")]
    [InlineData("Which player first scored a hat-trick?", "player")]
    [InlineData("Which company later sold the stake?", "company")]
    [InlineData("Which striker never scored again?", "striker")]
    // The possessive's "s" is no word of the compound.
    [InlineData("On which film's set was the actor hit by a firework?", "film")]
    // A past form before its object is the verb, not a participle of the group.
    [InlineData("Which musician played guitar on the album?", "musician")]
    [InlineData("Which club signed Ronaldo?", "club")]
    // "of" ends the noun group.
    [InlineData("Which married couple of economists did the research?", "couple")]
    // A US bank: the capitalised word is skipped as before, and "lost" is read as no noun.
    [InlineData("Which US bank lost the right to sue?", "bank")]
    public void A_verb_or_function_word_is_no_part_of_the_compound(string question, string head) =>
        Assert.Equal(head, AskedHead.Of(question));

    [Fact]
    public void The_name_after_the_compounds_head_is_near_the_asked_noun()
    {
        const string sentence = "He watched the climax on television after being ushered away from the touchline by fourth official Phil Crossley.";
        var head = AskedHead.Of("Which match official sent the coach away from the touchline?")!;
        Assert.Contains("crossley", AnswerCandidates.NearHead(sentence, head, "en", Names));
    }

    [Fact]
    public void German_heads_are_read_as_before()
    {
        Assert.Equal("Tennisspieler", AskedHead.Of("Welcher Schweizer Tennisspieler hat gewonnen?"));
        Assert.Equal("Automarke", AskedHead.Of("Welche Automarke hat der neue Sprecher früher geführt?"));
        Assert.Equal("Politiker", AskedHead.Of("Welcher SPD-Politiker hat gewonnen?"));
    }
}
