using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Briefing.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// An English question's words are not German question words: "war" and "hat" ask nothing in German ("Wann war …",
/// "Wer hat …"), but in English they are what the question is about, and only their translation ("Krieg") shows them
/// in a German article. A German question keeps dropping them.
/// </summary>
public sealed class ForeignQuestionWordTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        war /wˈɔː/
        Krieg <masc>
        ---
        border /bˈɔːdə/
        Grenze <fem>
        """;

    private const string GermanEnglish = """
        Krieg /kʁiːk/ <masc>
        war
        ---
        Grenze /ɡʁɛntsə/ <fem>
        border
        """;

    public ForeignQuestionWordTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/krieg.txt", """
            Krieg an der Grenze
            Der Krieg zwischen den beiden Nachbarländern begann im Frühjahr an der gemeinsamen Grenze.
            """);
        Folder.Write("news/border.txt", """
            Border reopens
            The border between the two countries reopened on Monday after the war ended.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void An_english_noun_spelt_like_a_german_auxiliary_is_translated()
    {
        var expansions = Expander.Expand("When did the war at the border begin?", "en");

        Assert.Contains(expansions, e => e.Text == "Krieg" && e.Language == "de");
    }

    [Fact]
    public void A_german_auxiliary_is_still_no_word_to_translate()
    {
        Assert.True(FunctionWords.IsQuestionWord("war", "de"));
        Assert.False(FunctionWords.IsQuestionWord("war", "en"));
        Assert.DoesNotContain(Expander.Expand("Wann war der Krieg an der Grenze?", "de"), e => e.Group == "de:war");
    }
}
