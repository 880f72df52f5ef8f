using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How many women spoke on stage at the keynote?" over "Bei der Keynote trat lediglich eine Frau auf" (issue 10, how-many
/// answers on an unseen probe): "one"/"ein" are no figures alone, being articles too, so the sentence held no new number
/// and the question was abstained on. After a word that limits it, or before "einzig", the article is said as a count.
/// Sentences invented.
/// </summary>
public sealed class OneSaidAsACountTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("Bei der Keynote trat lediglich eine Frau für den Konzern auf.", "de")]
    [InlineData("Im Vorstand sitzt nur ein Ingenieur.", "de")]
    [InlineData("Ein einziger Abgeordneter stimmte dagegen.", "de")]
    [InlineData("Only one woman spoke on stage at the keynote.", "en")]
    [InlineData("The club scored just one goal all month.", "en")]
    public void One_after_a_limiting_word_is_a_count_of_one(string sentence, string language)
    {
        Assert.Contains("1", AnswerCandidates.Of(sentence, AnswerType.Number, language, Names, countsOnly: true));
    }

    [Theory]
    [InlineData("Bei der Keynote trat eine Frau für den Konzern auf.", "de")]
    [InlineData("One of the speakers was a woman.", "en")]
    [InlineData("A woman spoke on stage.", "en")]
    [InlineData("Nur ein kleiner Teil der Sitze wird über Parteilisten vergeben.", "de")]
    public void One_as_an_article_or_pronoun_is_no_figure(string sentence, string language)
    {
        Assert.DoesNotContain("1", AnswerCandidates.Of(sentence, AnswerType.Number, language, Names, countsOnly: true));
    }

    [Fact]
    public void The_figure_one_is_located_where_the_article_stands()
    {
        const string sentence = "Bei der Keynote trat lediglich eine Frau auf.";
        var one = Assert.Single(NumberTokens.Figures(sentence));
        Assert.Equal(("1", "eine", sentence.IndexOf("eine", StringComparison.Ordinal)), (one.Key, one.Written, one.Start));
    }
}
