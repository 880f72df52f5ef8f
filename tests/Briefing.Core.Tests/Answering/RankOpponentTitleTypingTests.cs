using Briefing.Core.Answering;
using Briefing.Core.Text;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, kinds the lead found on realistic questions: places in a ranking, the other side of a defeat, what a
/// thing is called, a rate, a complaint as a reason, the name standing beside the asked noun. How such questions are
/// typed and which words of a sentence answer them, in German and English. Sentences invented.
/// </summary>
public sealed class RankOpponentTitleTypingTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("Als Wievielte kam die Läuferin in Graz ins Ziel?")]
    [InlineData("Als wievielter landete der Skispringer?")]
    [InlineData("Auf welchem Platz landete die Band beim Songcontest?")]
    [InlineData("Welchen Rang belegte die Universität?")]
    [InlineData("What place did Tom Hale finish in?")]
    [InlineData("Which position did the team end the season in?")]
    [InlineData("Who was runner-up in the readers' poll?")]
    public void An_ordinal_interrogative_asks_for_a_rank(string question)
    {
        Assert.Equal(AnswerType.Rank, ExpectedAnswerType.Of(question));
    }

    [Theory]
    [InlineData("Which place did the Pope visit first?")]
    [InlineData("Wie viele Plätze hat der neue Saal?")]
    [InlineData("Where did the marathon take place?")]
    public void A_place_or_a_count_of_seats_is_no_rank(string question)
    {
        Assert.NotEqual(AnswerType.Rank, ExpectedAnswerType.Of(question));
    }

    [Fact]
    public void The_ordinal_interrogative_is_a_question_word_not_a_topic()
    {
        Assert.True(FunctionWords.IsQuestionWord("Wievielte"));
        Assert.True(FunctionWords.IsQuestionWord("wievielter"));
    }

    [Theory]
    [InlineData("Sie kam damit als Elfte ins Ziel.", "als elfte")]
    [InlineData("Der Verein belegte am Ende Platz 7.", "platz 7")]
    [InlineData("Die Schweizerin wurde Vierte.", "wurde vierte")]
    [InlineData("Mara Völkel als 16. im Ziel", "als 16.")]
    [InlineData("Im Vorjahr reichte es nur für den dritten Platz.", "dritten platz")]
    [InlineData("The baker finished fourth in the national bake-off.", "finished fourth")]
    [InlineData("Fenmoor Common came in at number two.", "at number two")]
    [InlineData("Leeds took second place.", "second place")]
    public void A_sentence_placing_someone_holds_a_rank(string sentence, string rank)
    {
        Assert.Contains(rank, AnswerCandidates.Of(sentence, AnswerType.Rank, "de", Names));
    }

    [Theory]
    [InlineData("Zum ersten Mal seit 1990 kam sie am 16. Mai nach Graz.")]
    [InlineData("It was the first album the band recorded in 2001.")]
    public void An_ordinal_that_places_no_one_is_no_rank(string sentence)
    {
        Assert.Empty(AnswerCandidates.Of(sentence, AnswerType.Rank, "en", Names));
    }

    [Theory]
    [InlineData("Gegen wen hat Rapid das Cupfinale verloren?")]
    [InlineData("Wem unterlag Austria im Finale?")]
    [InlineData("Who beat Harrowgate Town in the final?")]
    [InlineData("Who did Harrowgate lose to in the cup final?")]
    [InlineData("Against whom did the team lose?")]
    public void Against_whom_asks_for_the_other_side(string question)
    {
        Assert.Equal(AnswerType.Opponent, ExpectedAnswerType.Of(question));
    }

    [Theory]
    [InlineData("He could not prevent his side losing 2-1 to Brindley Athletic.", "brindley")]
    [InlineData("Im Finale unterlag Austria dem SV Ried mit 1:3.", "ried")]
    [InlineData("Er konnte nicht verhindern, dass seine Mannschaft dem SV Ried mit 1:3 unterlag.", "sv")]
    [InlineData("Harrowgate were beaten by Corley Rovers in the final.", "corley")]
    public void The_side_named_as_the_winner_is_the_opponent(string sentence, string opponent)
    {
        Assert.Contains(opponent, AnswerCandidates.Of(sentence, AnswerType.Opponent, sentence.Contains(" der ") || sentence.Contains(" dem ") ? "de" : "en", Names));
    }

    [Fact]
    public void The_coach_on_the_bench_is_no_opponent()
    {
        Assert.Empty(AnswerCandidates.Of("Trainer Kurt Resch saß nach seiner Sperre erstmals wieder auf der Bank.", AnswerType.Opponent, "de", Names));
    }

    [Theory]
    [InlineData("Wie heißt das Album, in dem die Sängerin über ihre Kindheit singt?")]
    [InlineData("What's Ada Hume's new film called?")]
    [InlineData("What is the new film called?")]
    [InlineData("Wie heißt das neue Theater in Linz?")]
    public void What_a_thing_is_called_asks_for_its_title(string question)
    {
        Assert.Equal(AnswerType.Named, ExpectedAnswerType.Of(question));
        Assert.True(ExpectedAnswerType.AsksForTitle(question));
    }

    [Theory]
    [InlineData("Wie hieß der Pensionist, der ertrunken ist?")]
    [InlineData("Wie heißt der neue Fahrer des Teams?")]
    public void The_name_of_a_person_is_no_title(string question)
    {
        Assert.Equal(AnswerType.Person, ExpectedAnswerType.Of(question));
        Assert.False(ExpectedAnswerType.AsksForTitle(question));
    }

    [Theory]
    [InlineData("Das Album heißt Winter Light und wurde in Wien aufgenommen.", "winter light")]
    [InlineData("The film is titled The Long Shore and stars Ewan Price.", "the long shore")]
    [InlineData("Die Platte trägt den Titel „Meer ohne Ufer“.", "meer ohne ufer")]
    public void The_words_after_a_naming_verb_or_in_quotes_are_a_title(string sentence, string title)
    {
        Assert.Contains(title, AnswerCandidates.Of(sentence, AnswerType.Named, "de", Names));
    }

    [Theory]
    [InlineData("Wie hoch war die Arbeitslosenquote in Polen im Mai?")]
    [InlineData("What was the unemployment rate in Poland in May?")]
    [InlineData("Wie hoch ist die Inflation in Ungarn?")]
    public void A_rate_asks_for_a_percentage(string question)
    {
        Assert.True(ExpectedAnswerType.AsksForRate(question));
    }

    [Fact]
    public void A_place_in_a_ranking_does_not_answer_a_rate()
    {
        const string sentence = "Das schlechte Abschneiden liegt an den hohen Kosten für Notare (Platz 128).";
        Assert.Empty(AnswerCandidates.Of(sentence, AnswerType.Number, "de", Names, percentOnly: true));
        Assert.DoesNotContain("128", AnswerCandidates.Of(sentence, AnswerType.Number, "de", Names));
        Assert.NotEmpty(AnswerCandidates.Of("Im Mai lag sie bei 3,4 Prozent.", AnswerType.Number, "de", Names, percentOnly: true));
    }

    [Theory]
    [InlineData("In dem Brief beklagte sie Einmischung in ihre Aufstellung.")]
    [InlineData("In a letter he complained of constant interference by the committee.")]
    [InlineData("Er warf dem Vorstand Wortbruch vor.")]
    public void A_complaint_gives_a_reason(string sentence)
    {
        Assert.NotEmpty(AnswerCandidates.Of(sentence, AnswerType.Reason, "de", Names));
    }

    [Theory]
    [InlineData("Zuerst hatte die Zeitung Der Morgen über die Spesen berichtet.", "Zeitung", "morgen")]
    [InlineData("In den 1990er-Jahren stand Kessler an der Spitze der Privatbank Lindner & Söhne.", "Bank", "lindner")]
    public void The_name_beside_the_asked_noun_answers_which(string sentence, string head, string name)
    {
        Assert.Contains(name, AnswerCandidates.NearHead(sentence, head, "de", Names));
        Assert.Contains(name, AnswerCandidates.Of(sentence, AnswerType.Organisation, "de", Names, head));
    }

    [Theory]
    [InlineData("Die Finanzpolizei hat die Villa des 62-jährigen Bankiers in Döbling durchsucht.")]
    [InlineData("Der 62-Jährige weist alle Vorwürfe zurück.")]
    [InlineData("A 62-year-old banker was questioned by police.")]
    public void An_age_is_no_duration(string sentence)
    {
        Assert.Empty(AnswerCandidates.Of(sentence, AnswerType.Duration, "de", Names));
    }

    [Theory]
    [InlineData("Der Bund plant ein zweijähriges Projekt.")]
    [InlineData("Nach dem 12-tägigen Krieg herrscht Waffenruhe.")]
    [InlineData("Die Durchsuchung soll vier Stunden lang gedauert haben.")]
    public void A_length_of_time_is_still_a_duration(string sentence)
    {
        Assert.NotEmpty(AnswerCandidates.Of(sentence, AnswerType.Duration, "de", Names));
    }

    [Theory]
    [InlineData("Where is Ruth Jennings going as ambassador?", "ambassador")]
    [InlineData("Wohin wechselt Eva Linsbauer als Botschafterin?", "Botschafterin")]
    public void As_a_role_names_the_role_whose_place_is_asked(string question, string role)
    {
        Assert.Equal(role, RoleDestinations.RoleOf(question));
    }
}
