using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Xunit;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A sentence that names no year is dated by a neighbour that refers to it with one (<see cref="YearsByReference"/>): a
/// later sentence pointing back ("Das war 1946.", "That was in 2001.") or its own "Damals" after a dated sentence. A year
/// the next sentence says of its own fact, or a sentence with a year of its own, dates nothing by reference.
/// </summary>
public sealed class YearsByReferenceTests : InventedArticlesTest
{
    [Theory]
    // Pointing back over one sentence that names no year.
    [InlineData(new[] { "38 Architekten beteiligten sich am Wettbewerb.", "Kein Entwurf wurde angenommen.", "Das war 1946, und seither ist wenig geschehen." }, 0, true)]
    [InlineData(new[] { "Wales won back-to-back games in Paris.", "That was in 1946." }, 0, true)]
    [InlineData(new[] { "Der Nationalrat hat 123 Gesetze beschlossen.", "Das geht aus der Bilanz der Tagung 1946/47 hervor." }, 0, true)]
    [InlineData(new[] { "Die Kundgebung war die größte seit 1946.", "Damals waren tausende auf die Straße gegangen." }, 1, true)]
    [InlineData(new[] { "The march was the largest since 1946.", "At the time, thousands marched." }, 1, true)]
    [InlineData(new[] { "38 architects entered the contest.", "It took place in 1946." }, 0, true)]
    // A year that only opens a contrast or a cleft: the clause goes on, so the sentence before is not of that year.
    [InlineData(new[] { "Heute leben 5000 Menschen im Ort.", "Das war 1946 noch ganz anders." }, 0, false)]
    [InlineData(new[] { "38 architects entered the contest.", "It was in 1946 that the plan was drawn up." }, 0, false)]
    // A year the next sentence says of its own fact; a pointer beyond a dated sentence; a sentence with its own year.
    [InlineData(new[] { "38 Architekten beteiligten sich am Wettbewerb.", "1946 wurde der Platz neu gestaltet." }, 0, false)]
    [InlineData(new[] { "38 Architekten beteiligten sich.", "1950 kamen weitere dazu.", "Das war 1946." }, 0, false)]
    [InlineData(new[] { "38 Architekten beteiligten sich 1950.", "Das war 1946." }, 0, false)]
    [InlineData(new[] { "Die Kundgebung war die größte seit 1946.", "Tausende waren auf die Straße gegangen." }, 1, false)]
    public void A_neighbour_that_refers_to_the_sentence_dates_it(string[] sentences, int i, bool shown) =>
        Assert.Equal(shown, AskedYears.Of("Wie viele Architekten beteiligten sich 1946?").AreShownByReference(sentences, i));

    public YearsByReferenceTests()
    {
        Folder.Write("news/platz.txt", """
            Neue Pläne für den Lindenplatz
            Am großen Wettbewerb zur Gestaltung des Lindenplatzes in Osterfeld beteiligten sich 38 Architekten. Kein einziger Entwurf wurde angenommen. Das war 1946, und seither hat sich am Platz wenig geändert.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_sentence_dated_by_a_later_das_war_answers_for_that_year()
    {
        var answer = await Engine.AskAsync("Wie viele Architekten beteiligten sich 1946 am Wettbewerb zur Gestaltung des Lindenplatzes?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("38 Architekten", answer.Text);
    }

    [Fact]
    public async Task Another_year_is_still_an_abstention()
    {
        var answer = await Engine.AskAsync("Wie viele Architekten beteiligten sich 1952 am Wettbewerb zur Gestaltung des Lindenplatzes?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
