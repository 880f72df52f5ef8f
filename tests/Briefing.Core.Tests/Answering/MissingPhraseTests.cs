using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

public sealed class MissingPhraseTests
{
    [Fact]
    public void Details_next_to_each_other_in_the_question_are_one_phrase_in_its_order()
    {
        var phrases = MissingPhrase.Join("Who won the 2022 FIFA World Cup?", ["FIFA", "2022", "Cup", "World"]);

        Assert.Equal(["2022 FIFA World Cup"], phrases);
    }

    [Fact]
    public void A_capitalised_word_between_two_details_keeps_the_phrase_whole()
    {
        var phrases = MissingPhrase.Join("Who won the 2022 FIFA World Cup?", ["2022", "FIFA", "Cup"]);

        Assert.Equal(["2022 FIFA World Cup"], phrases);
    }

    [Fact]
    public void A_lower_case_word_between_two_details_keeps_them_apart()
    {
        var phrases = MissingPhrase.Join("Wie hoch war die Inflation in Deutschland im Jahr 2024?", ["Deutschland", "2024"]);

        Assert.Equal(["Deutschland", "2024"], phrases);
    }

    [Fact]
    public void Details_apart_in_the_question_stay_apart()
    {
        var phrases = MissingPhrase.Join("Did Scholz meet Macron in 2019?", ["Macron", "2019", "Scholz"]);

        Assert.Equal(["Scholz", "Macron", "2019"], phrases);
    }

    [Fact]
    public void A_detail_the_question_does_not_spell_that_way_is_kept_as_it_is()
    {
        var phrases = MissingPhrase.Join("Wie hoch war die Inflation 2024?", ["2024", "Teuerung"]);

        Assert.Equal(["2024", "Teuerung"], phrases);
    }
}
