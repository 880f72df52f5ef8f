using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10: the place a German report was filed from ("Linz – ...", "Madrid/Lissabon – ...") opens its first sentence
/// and made that sentence — which restates the question — look like it held the asked name or place. It is no candidate
/// answer; the story's own places and names are. Invented sentences and articles.
/// </summary>
public sealed class DatelineCandidateTests : IDisposable
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("Linz – Zweimal ist Clara Haid mit ihren Romanen am Markt gescheitert.", "linz")]
    [InlineData("Madrid/Lissabon – Die beiden Regierungen haben sich geeinigt.", "madrid")]
    [InlineData("Neu-Delhi - Ein Bus ist in eine Schlucht gestürzt.", "neu-delhi")]
    public void A_German_dateline_is_no_candidate_name_or_place(string sentence, string dateline)
    {
        Assert.DoesNotContain(dateline, AnswerCandidates.Of(sentence, AnswerType.Named, "de", Names));
        Assert.DoesNotContain(dateline, AnswerCandidates.Of(sentence, AnswerType.Place, "de", Names));
    }

    [Fact]
    public void A_dateline_place_the_story_names_again_still_counts()
    {
        var places = AnswerCandidates.Of("Graz – Der Prozess findet am Landesgericht in Graz statt.", AnswerType.Place, "de", Names);

        Assert.Contains("graz", places);
    }

    [Fact]
    public void An_English_name_before_a_dash_opens_an_apposition_and_stays()
    {
        const string sentence = "Helen Marsh - The chairwoman of the board - said the plan would go ahead.";

        Assert.Equal(sentence, Dateline.Without(sentence, "en"));
        Assert.Equal("Zweimal ist Clara Haid gescheitert.", Dateline.Without("Linz – Zweimal ist Clara Haid gescheitert.", "de"));
    }

    private Task<Briefing.Core.Answering.Answer> AskOver(string article, string question) => OneArticleQuestion.AskAsync(_folder, article, question);

    private const string ShipArticle = """
        Spanien baut neues Forschungsschiff
        Madrid – Spanien baut ein neues Forschungsschiff für die Polarforschung. Der Rumpf entsteht in der Werftstadt Ferrol, teilte das Ministerium mit. Die Kosten liegen bei 80 Millionen Euro.
        """;

    [Fact]
    public async Task The_place_in_the_story_answers_where_and_not_the_dateline_in_German()
    {
        var answer = await AskOver(ShipArticle, "Wo wird Spaniens neues Forschungsschiff gebaut?");

        Assert.False(answer.Abstained);
        Assert.Contains("Ferrol", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
