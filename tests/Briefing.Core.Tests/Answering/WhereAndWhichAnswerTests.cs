using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Where- and which-questions as people ask them (issue 10): a German compound noun of place or "which part of" asks a
/// place; "Where is X based?" asks a place the article says in words of its own; a venue or square by its own name, a
/// district after "Kreis" and a venue after "auf" answer "where"; a town or country answers "which team". Wording invented.
/// </summary>
public sealed class WhereAndWhichAnswerTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("In welchem Unionsstaat wurde der Zug überfallen?")]
    [InlineData("Welches Partnerland nannte die Ministerin als Vorbild?")]
    [InlineData("In welchem Urlaubsort machte die Familie Station?")]
    [InlineData("In which part of Norway did the survey take place?")]
    [InlineData("At which venue did the band play its last show?")]
    [InlineData("Which seat is the former minister standing for?")]
    public void A_noun_of_place_asks_for_a_place(string question) =>
        Assert.Equal(AnswerType.Place, ExpectedAnswerType.Of(question));

    [Theory]
    [InlineData("Welchen Sport betreibt die Ministerin in ihrer Freizeit?")]
    [InlineData("What is the new musical based on?")]
    public void A_sport_or_a_source_asks_for_no_place(string question) =>
        Assert.NotEqual(AnswerType.Place, ExpectedAnswerType.Of(question));

    [Theory]
    [InlineData("Where is the toy maker Brixel based?")]
    [InlineData("Where is the chip designer Orvana headquartered?")]
    [InlineData("Where are the frogs from the Leiden study native to?")]
    [InlineData("Wo ist der Spielwarenhersteller Brixel ansässig?")]
    public void Where_something_is_at_home_is_asked_in_other_words(string question)
    {
        var expected = ExpectedAnswerType.Of(question);
        Assert.Equal(AnswerType.Place, expected);
        Assert.True(ExpectedAnswerType.AsksInOtherWords(question, expected));
    }

    [Theory]
    [InlineData("Der Bub wurde auf dem Grazer Jakominiplatz aus dem Wagen gelassen.", "de", "jakominiplatz")]
    [InlineData("Die beiden trafen sich in der Moonlight-Bar.", "de", "moonlight")]
    [InlineData("Beide stammen aus dem Kreis Oberhavel in Brandenburg.", "de", "oberhavel")]
    [InlineData("Der Bürgermeister verfolgte die Rede auf der Zuschauertribüne.", "de", "zuschauertribüne")]
    [InlineData("Der Mann wurde auf dem Flughafen der Hauptstadt festgenommen.", "de", "flughafen")]
    [InlineData("Ein drittes Zentrum soll nun neben Altendorf entstehen.", "de", "altendorf")]
    public void A_venue_square_or_district_answers_where(string sentence, string language, string place) =>
        Assert.Contains(place, AnswerCandidates.Of(sentence, AnswerType.Place, language, Names));

    [Fact]
    public void A_town_or_country_answers_which_team()
    {
        const string sentence = "England beat the visitors from Malta 3-1 in the final.";
        Assert.Contains("malta", AnswerCandidates.Of(sentence, AnswerType.Organisation, "en", Names, "team"));
        Assert.DoesNotContain("malta", AnswerCandidates.Of(sentence, AnswerType.Organisation, "en", Names, "company"));
    }

    [Fact]
    public void A_noun_before_a_hyphen_is_no_asked_noun()
    {
        Assert.Empty(AnswerCandidates.NearHead("Amor beat team-mate Tom Reddy to the award.", "team", "en", Names));
        Assert.NotEmpty(AnswerCandidates.NearHead("Amor joined the team of Tom Reddy last year.", "team", "en", Names));
    }
}
