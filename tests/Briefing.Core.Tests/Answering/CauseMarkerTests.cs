using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, "why" questions answered by the gold article's wrong sentence: causes and purposes written with markers
/// the cause list lacked ("weshalb", "intended to", "aus Sorge", "bei heftigem Wind", "führt ...
/// auf ... zurück" in the present), a reason asked as "Womit erklärt ...?", and the cause noun of "Aus welchem Grund
/// ...?" that is no cause the question already gives. Sentences and articles invented.
/// </summary>
public sealed class CauseMarkerTests : IDisposable
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("Höhere Kosten würden die Reform konterkarieren, weshalb der Landeshauptmann die Idee ablehnte.", "de")]
    [InlineData("Aus Sorge sollen sie ihnen ein Serum gespritzt haben.", "de")]
    [InlineData("Die Zahl wollte er aus ermittlungstaktischen Gründen nicht nennen.", "de")]
    [InlineData("Der Kran sei bei heftigem Wind umgekippt.", "de")]
    [InlineData("Ihre Führung führt der Meinungsforscher auf die gestiegene Bekanntheit zurück.", "de")]
    [InlineData("The switch was intended to distance the country from its colonial past.", "en")]
    [InlineData("She will miss the race to focus on preparing for the indoor championships.", "en")]
    [InlineData("Residents stayed indoors out of fear of further attacks.", "en")]
    public void A_cause_or_purpose_marker_gives_a_reason(string sentence, string language)
    {
        Assert.NotEmpty(AnswerCandidates.Of(sentence, AnswerType.Reason, language, Names));
    }

    [Theory]
    [InlineData("Bei seinem Besuch in Wien sprach er mit Studenten.", "de")]
    [InlineData("Bei den Wahlen im Herbst tritt sie wieder an.", "de")]
    [InlineData("Der Trainer kam aus Berlin zum Verein.", "de")]
    [InlineData("Der Stürmer spielte zuletzt bei Bayer Leverkusen.", "de")]
    public void Words_like_the_markers_in_other_uses_give_none(string sentence, string language)
    {
        Assert.Empty(AnswerCandidates.Of(sentence, AnswerType.Reason, language, Names));
    }

    [Theory]
    [InlineData("Womit erklärt der Meinungsforscher, dass Griss im Vertrauensindex vorne liegt?")]
    [InlineData("How did the firm justify the job cuts?")]
    public void A_reason_someone_gives_is_asked_for(string question)
    {
        Assert.Equal(AnswerType.Reason, ExpectedAnswerType.Of(question));
    }

    [Fact]
    public void The_cause_noun_a_question_asks_with_is_no_cause_it_gives()
    {
        var asked = AnswerCandidates.Asked("Aus welchem Grund hat der Konzern Android lange ausgeschlossen?", AnswerType.Reason, "de", Names);
        var sentence = AnswerCandidates.Of("Als Grund gab der Konzern Sicherheitsbedenken an.", AnswerType.Reason, "de", Names);

        Assert.NotEmpty(AnswerCandidates.Novel(sentence, asked));
    }

    [Fact]
    public async Task The_reason_named_after_the_restating_sentence_answers_aus_welchem_grund()
    {
        var answer = await OneArticleQuestion.AskAsync(_folder, """
            Handyhersteller plant Android-Gerät
            Der kanadische Handyhersteller Nordberry arbeitet an einem Smartphone mit Android. Das Gerät soll im Herbst in den Handel kommen und gebogene Ränder haben. Nordberry hatte in der Vergangenheit immer wieder ausgeschlossen, seine Handys mit Android auszustatten. Als Grund gab der Konzern Sicherheitsbedenken an.
            """, "Aus welchem Grund hat Nordberry Android auf seinen Handys lange ausgeschlossen?");

        Assert.False(answer.Abstained);
        Assert.Contains("Sicherheitsbedenken", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
