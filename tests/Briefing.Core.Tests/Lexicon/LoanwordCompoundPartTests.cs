using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// A German compound's part that German borrowed from English ("Job" in "Jobbezeichnung") reaches the English articles as
/// the English word: the dictionary gives the loanword only its rare senses ("racket") and drops the identical one. A false
/// friend ("Gift" in "Giftanschlag", poison) keeps to its translations, which the English articles write more often.
/// </summary>
public sealed class LoanwordCompoundPartTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        job /dʒˈɒb/
        Arbeit <fem>, Stelle <fem>
        ---
        gift /ɡˈɪft/
        Geschenk <neut>
        ---
        poison /pˈɔɪzən/
        Gift <neut>
        ---
        attack /ətˈak/
        Anschlag <masc>, Angriff <masc>
        """;

    private const string GermanEnglish = """
        Job /dʒˈɒb/ <masc, n, sg>
        racket <n>
        ---
        Bezeichnung /bəˈtsaɪçnʊŋ/ <fem, n, sg>
        designation <n>, name <n>
        ---
        Gift /ɡˈɪft/ <neut, n, sg>
        poison <n>, venom <n>
        ---
        Anschlag /ˈanʃlaːk/ <masc, n, sg>
        attack <n>
        """;

    public LoanwordCompoundPartTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/plant.txt", """
            Job cuts at the paint plant
            The firm said every job in the paint shop would go by the end of the year.
            """);
        Folder.Write("news/title.txt", """
            New title for party spokesman
            His job title is now director of communications, the party said on Monday.
            """);
        Folder.Write("news/embassy.txt", """
            Poison attack on embassy
            The poison was found in a letter sent to the embassy last week.
            """);
        Folder.Write("news/garden.txt", """
            Poison found in garden
            Police found rat poison in the garden of a gift shop in Leeds.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_borrowed_part_reaches_the_english_word_it_was_borrowed_from()
    {
        var expansions = Expander.Expand("Wie lautet die neue Jobbezeichnung des Sprechers?", "de");
        Assert.Contains(expansions, e => e.Group == "de:Job" && e.Language == "en" && e.Text.Equals("job", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_false_friend_part_keeps_to_its_translations()
    {
        var expansions = Expander.Expand("Wo gab es den Giftanschlag?", "de");
        Assert.Contains(expansions, e => e.Group == "de:Gift" && e.Text == "poison");
        Assert.DoesNotContain(expansions, e => e.Group == "de:Gift" && e.Text.Equals("gift", StringComparison.OrdinalIgnoreCase));
    }
}
