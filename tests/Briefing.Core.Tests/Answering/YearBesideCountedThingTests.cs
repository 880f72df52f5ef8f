using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, false abstentions on how-many questions about a year: "Wie viele Menschen sind 2014 auf Österreichs Straßen
/// gestorben, weil jemand abgelenkt war?" over "111 Personen starben 2014 infolge der Ablenkung eines involvierten
/// Verkehrsteilnehmer" was abstained on as "about something else": the sentence names neither the question's other noun
/// (Straßen) nor the counted one as written (Menschen). A figure that counts the asked people under another noun, in the
/// question's verb, is the asked count in the asked year (<see cref="YearBesideTopic"/>); a figure of other things is not.
/// </summary>
public sealed class YearBesideCountedThingTests
{
    private static readonly WordTermStatistics Statistics = new();

    private static readonly NameDetector Names = new(Statistics, [new ListedWords("menschen", "straßen", "meinungsumfragen", "instituten", "amt") { Language = "de" }]);

    private const string DeathsQuestion = "Wie viele Menschen sind 2014 auf den Straßen gestorben?";

    [Fact]
    public void A_year_beside_a_count_of_the_asked_people_under_another_noun_is_said_of_the_asked_count()
    {
        var sentence = Sentence("Zuletzt starben 2014 insgesamt 111 Personen durch Ablenkung.", countsOtherThings: false);

        Assert.False(IsApart(sentence));
    }

    [Fact]
    public void A_year_beside_a_figure_of_other_things_stays_apart_from_the_topic()
    {
        var sentence = Sentence("Zuletzt wurden 2014 insgesamt 111 Radarboxen aufgestellt.", countsOtherThings: true);

        Assert.True(IsApart(sentence));
    }

    [Fact]
    public void A_year_beside_the_counted_noun_in_other_words_and_another_verb_is_said_of_the_asked_count()
    {
        // "600 Umfragen in Auftrag gegeben" for "Wie viele Meinungsumfragen … bestellt?": the compound's head names the counted thing.
        const string question = "Wie viele Meinungsumfragen hat das Amt 2012 bei den Instituten bestellt?";
        var sentence = Sentence("2012 hat allein das Amt 600 Umfragen in Auftrag gegeben.", countsOtherThings: false) with
        {
            ShowsVerb = false, StatesUnit = true, CountsAskedNoun = true,
        };

        Assert.False(IsApart(sentence, question));
    }

    private static bool IsApart(CandidateSentence sentence, string question = DeathsQuestion)
    {
        var topic = AskedTopic.Of(question, "de", [], Names, Statistics);
        var counted = AskedTopic.OfCountedNoun(AskedUnit.Of(question, Names), "de", [], Statistics);
        return YearBesideTopic.IsApart([sentence], question, AskedYears.Of(question), topic, counted, Statistics, measureAsked: false, "de");
    }

    private static readonly PassageHit Hit = new(
        new Passage("a#p1", "a", 1, "", "de"), new ArticleInfo("a", "Ablenkung am Steuer", null, null, null, "de"), 1f);

    private static CandidateSentence Sentence(string text, bool countsOtherThings) =>
        new(text, Hit, 0, 0, Statistics.AnalyzeTerms(text, "de").ToHashSet(StringComparer.Ordinal), 0.3, 1.0)
        {
            Novel = new HashSet<string> { "111" }, ShowsUnit = true, ShowsVerb = true, ShowsPredicate = true, ShowsCore = true,
            CountsOtherThings = countsOtherThings,
        };
}
