using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie viele der neu installierten Geldautomaten …?": an adverb before the adjective leaves the counted noun a word
/// further on. Read as the unit, "neu" was named by no sentence and "70% of new cash machines" showed no counted noun
/// (issue 10, false abstentions). A verb after "wie viele" is no adverb.
/// </summary>
public sealed class AdverbBeforeCountedNounTests
{
    [Theory]
    [InlineData("Wie viele der neu installierten Geldautomaten laufen mit Windows?", "Geldautomaten")]
    [InlineData("Wie viele frisch gewählte Abgeordnete sitzen im Landtag?", "Abgeordnete")]
    public void The_noun_after_adverb_and_adjective_is_the_unit(string question, string word) =>
        Assert.Equal(word, AskedUnit.Of(question)?.Word);

    [Fact]
    public void A_verb_after_how_many_is_no_adverb() =>
        Assert.NotEqual("Abend", AskedUnit.Of("Wie viele kamen heute Abend zur Demonstration?")?.Word);
}
