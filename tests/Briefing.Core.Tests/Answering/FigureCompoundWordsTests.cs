using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Was kostet der neue 8-Megabit-Anschluss von UK Online pro Monat?": the word a figure is joined to in a German compound
/// says which connection is meant, as a name does; an article that states it once ("An eight megabit service …") speaks of
/// "the service" where it gives the price. Read as a common word, it counted only where the sentence itself wrote it and
/// the price's sentence showed too little of the question to answer.
/// </summary>
public sealed class FigureCompoundWordsTests
{
    [Theory]
    [InlineData("Was kostet der neue 8-Megabit-Anschluss von UK Online pro Monat?", new[] { "Megabit" })]
    [InlineData("Wann wurde die 280-Milliarden-Dollar-Klage eingereicht?", new string[0])]
    [InlineData("Wann verunglückte der 18-jährige Fahrer?", new string[0])]
    [InlineData("How many 18-year-olds voted?", new string[0])]
    [InlineData("Wie hoch ist die 5-Prozent-Hürde?", new[] { "Prozent" })]
    public void The_words_between_a_figure_and_its_compounds_head_are_read(string question, string[] words) =>
        Assert.Equal(words, FigureCompoundWords.In(question));
}
