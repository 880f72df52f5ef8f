using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Which reading makes a name of an English question describe the noun after it: a people's adjective ("American
/// official") is required when it is the question's only detail, a country's possessive ("America's cyber security
/// chief") is not (<see cref="PeoplesAdjectiveAsOnlyDetailTests"/>). A possessive of a name that is no place ("Marek's
/// new firm") is neither: the reading says which, so no caller tests the "'s" alone.
/// </summary>
public sealed class DescribingAdjectiveReadingTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        American /əˈmɛɹɪkən/
        amerikanisch, Amerikaner <masc>
        ---
        America /əˈmɛɹɪkə/
        Amerika <neut>
        """;

    private const string GermanEnglish = """
        Amerika /aˈmeːʁika/ <neut, n, sg>
        America
        """;

    public DescribingAdjectiveReadingTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/security.txt", """
            Cyber security chief resigns
            Dan Marek, the head of US cyber security, has resigned after only a year in the post.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private NameDetector Names => Engine.Services.GetRequiredService<NameDetector>();

    [Theory]
    [InlineData("Which American official visited the hospital?", "American", "PeoplesAdjective")]
    [InlineData("Who resigned as America's cyber security chief?", "America", "PlacePossessive")]
    [InlineData("Who founded Marek's new firm?", "Marek", "None")]
    [InlineData("Who beat America in the final?", "America", "None")]
    public void The_reading_of_a_name_before_a_noun(string question, string name, string expected) =>
        Assert.Equal(expected, DescribingAdjectives.ReadingOf(question, question.IndexOf(name, StringComparison.Ordinal), name, Names).ToString());
}
