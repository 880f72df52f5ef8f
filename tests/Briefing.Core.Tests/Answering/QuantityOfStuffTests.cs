using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How much rain fell?", "Wie viel Schnee …?": "how much" of a noun that is no sum or share asks a quantity of stuff,
/// which reports give in a unit of measure and mostly without the noun ("fielen 95 Liter pro Quadratmeter"). Read as a
/// count of the noun, no sentence showed it and the article's answer was abstained on (issue 10, false abstentions); a
/// measure of other stuff in the same article ("75 milligrams of aspirin") still does not answer.
/// </summary>
public sealed class QuantityOfStuffTests : InventedArticlesTest
{
    public QuantityOfStuffTests()
    {
        Folder.Write("news/unwetter.txt", """
            Heftiger Regen im Lindachtal
            Ein schweres Gewitter hat in der Nacht auf Sonntag das Lindachtal getroffen. An der Wetterstation Obernau fielen binnen vier Stunden 95 Liter pro Quadratmeter. Die Feuerwehr rückte zu 40 Einsätzen aus, Keller liefen voll.
            """);
        Folder.Write("news/checkup.txt", """
            Mayor of Kelby passes his annual check-up
            The mayor of Kelby, Tom Ashdown, is in excellent health, his doctor said on Friday. Ashdown takes 75 milligrams of aspirin a day against heart trouble. Over the past year he has lost nine kilograms, the doctor added.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wie viel Regen fiel in Obernau?", true)]
    [InlineData("How much cement does the plant produce a year?", true)]
    [InlineData("Wie viel Geld bekommt die Feuerwehr?", false)]
    [InlineData("How many people were hurt?", false)]
    public void How_much_of_a_noun_measures_stuff(string question, bool stuff) =>
        Assert.Equal(stuff, AskedUnit.Of(question)?.MeasuresStuff == true);

    [Theory]
    [InlineData("An der Station fielen 95 Liter pro Quadratmeter.", true)]
    [InlineData("Das Werk stellt jährlich 18,2 Millionen Tonnen her.", true)]
    [InlineData("Er hat drei bis vier Kilogramm abgenommen.", true)]
    [InlineData("He takes 75 milligrams of aspirin a day.", false)]
    [InlineData("Die Feuerwehr rückte zu 40 Einsätzen aus.", false)]
    public void A_figure_with_a_unit_measures_stuff_unless_it_names_other_stuff(string sentence, bool stated) =>
        Assert.Equal(stated, MeasureUnits.IsStatedIn(sentence, noun => noun == "Regen"));

    [Fact]
    public async Task Rain_given_in_litres_answers_how_much_rain()
    {
        var answer = await Engine.AskAsync("Wie viel Regen fiel in der Nacht an der Wetterstation Obernau im Lindachtal?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("95 Liter pro Quadratmeter", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Weight_lost_is_not_answered_by_the_aspirin_dose()
    {
        var answer = await Engine.AskAsync("How much weight has the mayor of Kelby Tom Ashdown lost over the past year?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("nine kilograms", answer.Citations[0].Quote);
    }
}
