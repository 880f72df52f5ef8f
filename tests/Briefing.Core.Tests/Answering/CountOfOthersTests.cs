using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Besides the mayor, how many others voted against …?" over "He and three others voted against …", "How many people died
/// besides the singer?" over "She and eight others were killed": "others" stands for a noun said before (CountPronouns).
/// Read as a counted noun, the question asked a count of "others", which no German article names, and the English
/// sentence's "eight others" looked like a plural of another thing, so the answering sentence was rejected (issue 10,
/// false abstentions).
/// </summary>
public sealed class CountOfOthersTests : InventedArticlesTest
{
    public CountOfOthersTests()
    {
        Folder.Write("news/council.txt", """
            Harrowgate council passes budget
            The Harrowgate town council passed its budget for next year on Tuesday after a long debate about the new swimming pool. Councillor Brenda Mossley and three others voted against the budget, saying the pool was too expensive.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public void A_count_of_others_asks_no_noun_of_its_own() =>
        Assert.Null(AskedUnit.Of("Besides Brenda Mossley, how many others voted against the Harrowgate budget?"));

    [Theory]
    [InlineData("She and eight others were killed on the plane.", "eight", "en")]
    [InlineData("Police said the driver and two others were hurt.", "two", "en")]
    public void A_figure_before_others_counts_what_was_said_before(string sentence, string figure, string language) =>
        Assert.Null(CountedWords.After(sentence, sentence.IndexOf(figure, StringComparison.Ordinal) + figure.Length, language));

    [Fact]
    public void A_figure_before_a_plural_noun_still_counts_it() =>
        Assert.Equal(["councillors"], CountedWords.After("Eight councillors were there.", "Eight".Length, "en"));

    [Fact]
    public void A_German_figure_before_a_plural_noun_still_counts_it() =>
        Assert.Equal(["Kollegen"], CountedWords.After("Er und drei Kollegen hatten gestimmt.", "Er und drei".Length, "de"));

    [Fact]
    public async Task How_many_others_is_answered_by_the_figure_before_others()
    {
        var answer = await Engine.AskAsync("Besides Brenda Mossley, how many others voted against the Harrowgate council budget?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("three others", answer.Citations[0].Quote);
    }
}
