using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Ab wann weiß man sicher, ob das Kind Folgeschäden behält?" is answered by "erst in ein bis zwei Monaten": a point in
/// time written as a distance from now, in words or figures. Not read as a date, the sentence that said it held
/// nothing new and a weekday of another article led (issue 10).
/// </summary>
public sealed class TimeFromNowTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("Eine Gewissheit gibt es erst in ein bis zwei Monaten.", "de", "ein bis zwei monaten")]
    [InlineData("Die Entscheidung fällt in zwei Wochen.", "de", "zwei wochen")]
    [InlineData("Das Gesetz soll innerhalb von einem halben Jahr kommen.", "de", "einem halben jahr")]
    [InlineData("Die Arbeiten sollen binnen drei Tagen abgeschlossen sein.", "de", "drei tagen")]
    [InlineData("Der Bau soll in den nächsten zwei Jahren beginnen.", "de", "zwei jahren")]
    [InlineData("A ruling is normally given within four months of an appeal.", "en", "four months")]
    [InlineData("The shop will reopen in a couple of weeks.", "en", "a couple of weeks")]
    [InlineData("He should be back in two to three weeks.", "en", "two to three weeks")]
    [InlineData("The plant will close over the next 4-6 months.", "en", "4 - 6 months")]
    public void A_distance_from_now_dates_a_fact(string sentence, string language, string key) =>
        Assert.Contains(key, AnswerCandidates.Of(sentence, AnswerType.Date, language, Names));

    [Theory]
    [InlineData("Laut Nadella soll Bing ab dem kommenden Geschäftsjahr schwarze Zahlen schreiben.", "de", "kommenden geschäftsjahr")]
    [InlineData("Die Reform soll im nächsten Quartal greifen.", "de", "nächsten quartal")]
    [InlineData("The firm expects to return to profit next financial year.", "en", "next financial year")]
    public void The_next_year_or_quarter_named_as_such_dates_a_fact(string sentence, string language, string key) =>
        Assert.Contains(key, AnswerCandidates.Of(sentence, AnswerType.Date, language, Names));

    [Theory]
    [InlineData("Die Gespräche gehen nächste Woche weiter.", "de")]
    [InlineData("Das Wasser könnte in den kommenden Jahren knapp werden.", "de")]
    public void The_next_week_or_years_in_general_are_no_date(string sentence, string language) =>
        Assert.Empty(AnswerCandidates.Of(sentence, AnswerType.Date, language, Names));

    [Theory]
    [InlineData("Das Spiel endete in der Nachspielzeit.", "de")]
    [InlineData("Er kam in einem Wagen der Polizei.", "de")]
    [InlineData("The match was played in two halves of rain.", "en")]
    [InlineData("The museum opens in one of the old halls.", "en")]
    [InlineData("The stock market in Jakarta has seen its biggest slide in a month.", "en")]
    [InlineData("The airline is in bankruptcy protection for the second time in two years.", "en")]
    public void An_in_phrase_without_a_counted_time_unit_is_no_date(string sentence, string language) =>
        Assert.Empty(AnswerCandidates.Of(sentence, AnswerType.Date, language, Names));
}
