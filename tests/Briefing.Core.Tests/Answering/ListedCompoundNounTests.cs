using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, who-questions: a German compound the dictionary lacks but whose parts it lists as common words
/// ("Gartenwächterin", "Weinrebenfeld") names no one. Read as a name, it was "someone new" in the sentence that restates
/// an unanswerable who-question ("Wer hat die Falken abgeschossen?" over "Auf einem Weinrebenfeld wurden tote Falken
/// gefunden") and answered it; a "which" question may still ask for such a noun. Surnames and places are built of listed words as well ("Steinfeld"): ending in a part
/// names are made with, a compound is a noun only when its first part is itself one ("Weinrebe|n|feld"). An English
/// phrase the dictionary lists, written as one word in German ("Townhall"), is a noun too. Articles and words invented.
/// </summary>
public sealed class ListedCompoundNounTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        town hall /taʊn hɔːl/
        Rathaus <neut>
        ---
        shoot /ʃuːt/
        schießen <v>
        """;

    private const string GermanEnglish = """
        Garten /ˈɡaʁtn̩/ <masc, n, sg>
        garden <n>
        ---
        Wächterin /ˈvɛçtəʁɪn/ <fem, n, sg>
        guard <n>
        ---
        Wein /vaɪ̯n/ <masc, n, sg>
        wine <n>
        ---
        Rebe /ˈʁeːbə/ <fem, n, sg>
        vine <n>
        ---
        Weinrebe /ˈvaɪ̯nʁeːbə/ <fem, n, sg>
        grapevine <n>
        ---
        Feld /fɛlt/ <neut, n, sg>
        field <n>
        ---
        Stein /ʃtaɪ̯n/ <masc, n, sg>
        stone <n>
        ---
        schießen /ˈʃiːsn̩/ <v>
        shoot <v>
        """;

    public ListedCompoundNounTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/falken.txt", """
            Tote Falken bei Marlingen gefunden
            Auf einem Weinrebenfeld bei Marlingen wurden am Montag zwölf tote Falken gefunden.
            Die Vögel wurden nach Angaben der Polizei abgeschossen.
            Eine Gartenwächterin hatte die Tiere beim Rundgang entdeckt.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private NameDetector Names => Engine.Services.GetRequiredService<NameDetector>();

    [Theory]
    [InlineData("Gartenwächterin")]
    [InlineData("Weinrebenfeld")]
    [InlineData("Townhall")]
    public void A_compound_of_listed_common_words_is_a_common_compound(string word) =>
        Assert.True(Names.IsCommonCompound(word, "de"), word);

    [Fact]
    public void A_surname_of_listed_words_ending_in_a_name_part_is_none() =>
        Assert.False(Names.IsCommonCompound("Steinfeld", "de"));

    [Theory]
    [InlineData("Eine Gartenwächterin hatte die Tiere entdeckt.", "gartenwächterin")]
    [InlineData("Auf einem Weinrebenfeld lagen die Vögel.", "weinrebenfeld")]
    public void A_who_question_is_not_answered_by_the_compound(string sentence, string key) =>
        Assert.DoesNotContain(key, AnswerCandidates.Of(sentence, AnswerType.Person, "de", Names));

    [Fact]
    public void A_which_question_may_still_ask_for_it() =>
        Assert.Contains("weinrebenfeld", AnswerCandidates.Of("Auf einem Weinrebenfeld lagen die Vögel.", AnswerType.Named, "de", Names));
}
