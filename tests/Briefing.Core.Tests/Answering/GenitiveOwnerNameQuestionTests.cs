using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, a question word the type reader misread (XQuAD): "Wie heißt Wesleys berühmte Predigt …?" asks a thing's
/// name, as "Wie heißt seine berühmte Predigt …?" does — the German genitive name stands where the article would. Read
/// as a person's name, the sentence quoting the sermon's title („The Use of Money“) held no new person and the question
/// was abstained on.
/// </summary>
public sealed class GenitiveOwnerNameQuestionTests
{
    [Theory]
    [InlineData("Wie heißt Wesleys berühmte Predigt, in der er vor den Gefahren des Trinkens warnt?", AnswerType.Named)]
    [InlineData("Wie heißt Apples neues Telefon?", AnswerType.Named)]
    [InlineData("Wie heißt Müllers Frau?", AnswerType.Person)]
    [InlineData("Wie heißt Merkels Sprecherin?", AnswerType.Person)]
    [InlineData("Wie hieß Peters Sohn?", AnswerType.Person)]
    [InlineData("Wie hieß Peters Vater?", AnswerType.Person)]
    public void A_genitive_name_before_the_noun_reads_like_an_article(string question, AnswerType expected)
    {
        Assert.Equal(expected, ExpectedAnswerType.Of(question));
    }
}
