using Briefing.Core.Answering;
using System.Text.RegularExpressions;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A date word inside a name dates nothing (issue 10, unanswerable "when" questions): "sagte Oberstaatsanwalt Jan
/// Reiber der Welt am Sonntag" quotes a prosecutor to a Sunday paper, and "told the Mail on Sunday" names a paper, so
/// neither says when the trial starts. A sentence with the date still answers. Articles invented.
/// </summary>
public sealed class DateWordInNameTests : InventedArticlesTest
{
    public DateWordInNameTests()
    {
        Folder.Write("news/kessler.txt", """
            Anklage gegen Bauunternehmer Kessler erhoben
            Die Staatsanwaltschaft Ulm hat Anklage gegen den Bauunternehmer Otto Kessler erhoben.
            Der Prozess gegen Kessler wird lang, sagte Oberstaatsanwalt Jan Reiber der Welt am Sonntag.
            Über die Eröffnung des Prozesses muss das Landgericht Ulm entscheiden.
            """);
        Folder.Write("news/varga.txt", """
            Varga charged over fraud
            Prosecutors in Leeds have charged the builder Tom Varga with fraud.
            The trial against Varga will be long, prosecutor Jan Moss told the Mail on Sunday.
            The trial against Varga at Leeds Crown Court begins on 4 March.
            """);
        Folder.Write("news/hale.txt", """
            Hale charged over bribery
            Prosecutors in Derby have charged the councillor Ann Hale with bribery.
            The trial against Hale will be long, prosecutor Jan Pike told the Mail on Sunday.
            Derby Crown Court must still decide whether to open the trial.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wann beginnt der Prozess gegen Otto Kessler vor dem Landgericht Ulm?")]
    [InlineData("When does the trial against Ann Hale at Derby Crown Court begin?")]
    public async Task A_paper_or_first_name_with_a_date_word_does_not_answer_when(string question)
    {
        var answer = await Engine.AskAsync(question);

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task A_sentence_with_the_date_still_answers_when()
    {
        var answer = await Engine.AskAsync("When does the trial against Tom Varga at Leeds Crown Court begin?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("4 March", answer.Text);
    }

    [Theory]
    [InlineData("Es wird lang, sagte Oberstaatsanwalt Jan Reiber der Welt am Sonntag.", "Jan")]
    [InlineData("Es wird lang, sagte Oberstaatsanwalt Jan Reiber der Welt am Sonntag.", "Sonntag")]
    [InlineData("It will be long, prosecutor Jan Moss told the Mail on Sunday.", "Sunday")]
    [InlineData("The minister told the Sunday Times that he would stay.", "Sunday")]
    public void A_date_word_in_a_name_is_no_date(string sentence, string word) =>
        Assert.True(DateWordsInNames.Covers(sentence, Regex.Match(sentence, $@"\b{word}\b")));

    [Theory]
    [InlineData("Die Wahl am Sonntag entscheidet über den Bürgermeister.", "Sonntag")]
    [InlineData("Sales rose in Jan 2012, the firm said.", "Jan")]
    [InlineData("Labour on Sunday launched its campaign.", "Sunday")]
    public void A_date_word_outside_a_name_still_dates(string sentence, string word) =>
        Assert.False(DateWordsInNames.Covers(sentence, Regex.Match(sentence, $@"\b{word}\b")));
}
