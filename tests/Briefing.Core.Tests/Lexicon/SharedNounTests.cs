using Briefing.Core.Answering;
using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// FreeDict translates "Euro" by "euro", "Album" by "album", English "browser" by "Browser": spelt as the headword, so the
/// compiled lexicon left the translation out and the word looked unknown — a German unknown capitalised word is taken for
/// a name, and "Wer …?" was answered with "Euro". Capitalised in one language only, such a word is a noun both languages
/// share; a name is capitalised in both ("Israel" → "Israel") and stays as it was. The entries below are FreeDict's.
/// </summary>
public sealed class SharedNounTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        browser /bɹˈaʊzə/
        [comp.] Browser <masc>
        ---
        euro /jˈʊəɹəʊ/
        [fin.] Euro <masc>
        ---
        currency /kˈʌɹənsi/
        Währung <fem>
        ---
        miller /mˈɪlə/
        Müller <masc>
        """;

    private const string GermanEnglish = """
        Euro /ˈɔøroː/ <masc, n, sg>
        [fin.] euro <n>
                 Note: currency
        ---
        Album /ˈalbʊm/ <neut, n, sg>
        album <n>
        ---
        Israel /ˈɪsʁaeːl/ <neut, n, sg>
        [geogr.] Israel <n>
        ---
        Währung /vˈɛːɾʊŋ/ <fem, n, sg>
        currency
        ---
        Axel /ˈaksl̩/ <masc, n, sg>
        axel <n>
        ---
        Newton /ˈnjuːtn̩/ <neut, n, sg>
        newton <n>
        ---
        Million /mɪˈli̯oːn/ <fem, n, sg>
        million <n>
        ---
        Premier /pʁəˈmi̯eː/ <masc, n, sg>
        premier <n>
        """;

    public SharedNounTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/euro.txt", """
            Euro fällt
            Die Währung fiel am Montag. Der Euro kostete zuletzt 1,08 Dollar.
            """);
        Folder.Write("news/album.txt", """
            New album released
            The band released its album on Friday, and the euro fell.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    private NameDetector Names => Engine.Services.GetRequiredService<NameDetector>();

    [Theory]
    [InlineData("Euro", "de")]
    [InlineData("Euros", "de")]
    [InlineData("Album", "de")]
    [InlineData("browser", "en")]
    [InlineData("Browser", "en")]
    public void A_word_translated_by_itself_in_the_other_case_is_a_common_word(string word, string language)
    {
        Assert.True(Expander.IsCommonWord(word, language));
        Assert.Equal(word != "Euros", Expander.IsListedAsWritten(word, language));
    }

    [Fact]
    public void A_name_spelt_alike_in_both_languages_is_no_common_word()
    {
        Assert.NotEqual(true, Expander.IsCommonWord("Israel", "de"));
    }

    [Fact]
    public void A_german_question_does_not_take_the_shared_noun_for_a_name()
    {
        Assert.DoesNotContain("Euro", Names.In("Welche Währung löste der Euro ab?", "de"));
        Assert.DoesNotContain("Album", Names.In("Wer hat das Album aufgenommen?", "de"));
    }

    [Theory]
    [InlineData("Melzer siegte im Finale über den Franzosen Axel Michon.", "Axel")]
    [InlineData("Beim nächsten Spielzug nahm Miller Newton den Ball ab.", "Newton")]
    public void A_shared_noun_beside_a_name_is_a_word_of_that_name(string sentence, string word) =>
        Assert.Contains(word, Names.In(sentence, "de"));

    [Theory]
    [InlineData("Sie veröffentlichte das Album Kelbytal im Mai.", "Album")]
    [InlineData("Der Euro kostete zuletzt 1,08 Dollar.", "Euro")]
    [InlineData("Die Einnahmen lagen bei 2,5 Millionen Euro.", "Euro")]
    [InlineData("Die Fans kauften Album und Poster.", "Album")]
    [InlineData("Wer soll den angeschlagenen ukrainischen Premier Kelbenjuk ablösen?", "Premier")]
    public void A_shared_noun_introducing_a_name_after_an_article_or_beside_common_words_stays_a_noun(string sentence, string word) =>
        Assert.DoesNotContain(word, Names.In(sentence, "de"));

    [Fact]
    public void The_shared_noun_adds_no_translation_to_search_for()
    {
        var expansions = Expander.Expand("Wie viel kostete der Euro?", "de");
        Assert.DoesNotContain(expansions, e => e.Group == "de:Euro");
    }
}
