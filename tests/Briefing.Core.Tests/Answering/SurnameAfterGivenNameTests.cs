using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, unanswerables answered: "der Mittelfeldspieler Lukas Feldhofer" — a surname that splits into the dictionary's
/// words ("Feld" + "Hofer") was read as the asker's compound and left to the article's wording, so only the first name was
/// required, and an article on another Lukas answered. After a person noun and a name, the next word is the surname
/// (NameAfterNoun.IsSurnameAfterGivenName), a detail the answering article must write.
/// </summary>
public sealed class SurnameAfterGivenNameTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        field /fˈiːld/
        Feld
        """;

    private const string GermanEnglish = """
        Feld /fɛlt/ <neut>
        field
        ---
        Hofer /hoːfɐ/ <masc>
        farmer
        ---
        Verein /fɛɐ̯ˈʔaɪ̯n/ <masc>
        club
        ---
        Vertrag /fɛɐ̯ˈtʁaːk/ <masc>
        contract
        """;

    public SurnameAfterGivenNameTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/transfer.txt", """
            Lukas Berger verlängert
            Der Mittelfeldspieler Lukas Berger steht weiter beim SK Rapid Wien unter Vertrag, teilte der Verein am Montag mit.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_surname_after_a_person_noun_and_a_first_name_is_a_detail_the_article_must_write()
    {
        var answer = await Engine.AskAsync("Bei welchem Verein steht der Mittelfeldspieler Lukas Feldhofer unter Vertrag?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task A_defender_is_a_role_before_a_name_as_a_striker_is()
    {
        var answer = await Engine.AskAsync("Bei welchem Verein steht der Verteidiger Lukas Feldhofer unter Vertrag?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task A_surname_is_not_shown_by_its_dictionary_parts_scattered_over_an_article()
    {
        // A squad list: a field ("Feld") in one sentence, a player Hofer in another, another Lukas — no Feldhofer.
        Folder.Write("news/kader.txt", """
            Sturm Graz nominiert Kader
            Der Mittelfeldspieler Lukas Hinterseer steht beim SK Sturm Graz unter Vertrag. Im Tor steht Thomas Hofer. Das Feld in Graz war nass.
            """);
        await Engine.IngestAsync(Folder.Combine("news"));

        var answer = await Engine.AskAsync("Bei welchem Verein steht der Mittelfeldspieler Lukas Feldhofer unter Vertrag?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task The_article_that_names_the_person_still_answers()
    {
        var answer = await Engine.AskAsync("Bei welchem Verein steht der Mittelfeldspieler Lukas Berger unter Vertrag?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Rapid", answer.Text);
    }
}
