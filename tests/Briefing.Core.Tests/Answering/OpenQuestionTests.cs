using Briefing.Core.Answering;
using Xunit;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, unanswerable questions answered with another figure of the right article: "Wie viele Eltern hat Aslan
/// befragt?" was answered by "Insgesamt stützt sich Aslan auf Experteninterviews aus fünf Kindergärten" although the
/// article says "Wie viele Eltern befragt wurden, geht aus dem Vorbericht nicht hervor". A sentence that names the asked
/// question as open, by a question word of the asked kind, says the article does not know it (<see cref="OpenQuestion"/>).
/// </summary>
public sealed class OpenQuestionTests
{
    [Theory]
    [InlineData("Wie viele Eltern befragt wurden, geht aus dem Vorbericht nicht hervor.", AnswerType.Number, true)]
    [InlineData("Wann mit einer Entscheidung zu rechnen ist, war vorerst nicht bekannt, berichtete die Initiative.", AnswerType.Date, true)]
    [InlineData("Unklar blieb zunächst, wer die Tat begangen hat.", AnswerType.Person, true)]
    [InlineData("Aus dem Bericht geht nicht hervor, wie viele Kinder betroffen sind.", AnswerType.Number, true)]
    [InlineData("It is not known how many people were inside the building.", AnswerType.Number, true)]
    // Another kind of fact is left open than the one asked: the article may still give the asked one.
    [InlineData("Wann mit einer Entscheidung zu rechnen ist, war vorerst nicht bekannt.", AnswerType.Number, false)]
    [InlineData("Was sie geladen hatten, ist vorerst noch unklar.", AnswerType.Number, false)]
    // No embedded question: what is open is not said.
    [InlineData("Die Verordnung lasse einige zentrale Punkte offen, so Rossmann.", AnswerType.Number, false)]
    [InlineData("Insgesamt stützt sich Aslan auf Experteninterviews aus fünf Kindergärten.", AnswerType.Number, false)]
    public void A_sentence_naming_the_asked_kind_of_question_as_open_is_read(string sentence, AnswerType expected, bool open) =>
        Assert.Equal(open, OpenQuestion.OfKindIn(sentence, expected));
}
