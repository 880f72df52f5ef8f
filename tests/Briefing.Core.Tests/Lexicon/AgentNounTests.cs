using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// "Wer trainiert die Wiener Footballer?" over "erklärte Vikings-Chefcoach Chris Calaycay": the article names the
/// doer by the noun of the asked verb (or the word its sport borrowed for it), never by the verb.
/// </summary>
public sealed class AgentNounTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        coach /kˈəʊtʃ/
        Trainer, Reisebus
        ---
        owner /ˈəʊnə/
        Besitzer, Eigentümer
        ---
        own /ˈəʊn/ <v>
        besitzen
        """;

    private const string GermanEnglish = """
        trainieren /tɾɛnˈiːrən/ <v>
        practise, train, coach
        ---
        Trainer /tɾˈeːnɜ/ <masc>
        manager, coach, trainer, tracksuit
        ---
        Leiter /lˈaɪtɜ/ <masc>
        head, manager, ladder
        ---
        Chefcoach /çˈɛfkoːˌax/ <masc>
        head coach
        """;

    public AgentNounTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/football.txt", """
            Vikings greifen nach viertem Titel
            Die Vienna Vikings spielen am Samstag in Klagenfurt um ihren vierten Meistertitel in Folge.
            Wir haben gewusst, dass wir viele Veränderungen haben, erklärte Vikings-Chefcoach Chris Calaycay.
            Die Raiders setzen auf ihren Spielmacher Sean Shelton.
            Ein Coach der Raiders sprach von einem offenen Spiel.
            """);
        Folder.Write("news/handball.txt", """
            Handballer verlieren in Graz
            Der Trainer der Grazer Handballer zeigte sich nach der Niederlage enttäuscht.
            """);
        Folder.Write("news/club.txt", """
            Brennor Rovers sold to investor
            The Brennor Rovers football club has been sold after a year of talks.
            The club's new owner Martin Vale said he would keep the manager.
            Fans gathered outside the ground on Saturday.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_german_who_verb_gets_its_doer_noun_and_the_borrowed_word_both_translate_to()
    {
        var expansions = Expander.Expand("Wer trainiert die Vienna Vikings?", "de");
        Assert.Contains(expansions, e => e.Text == "Trainer" && e.Group == "de:trainiert" && e.Synonym);
        Assert.Contains(expansions, e => e.Text == "Coach" && e.Group == "de:trainiert" && e.Synonym);
    }

    [Fact]
    public void A_question_that_asks_for_no_person_gets_no_doer_noun()
    {
        var expansions = Expander.Expand("Wie oft trainiert die Vienna Vikings?", "de");
        Assert.DoesNotContain(expansions, e => e.Text is "Trainer" or "Coach");
    }

    [Fact]
    public async Task A_german_who_question_is_answered_by_the_sentence_that_names_the_doer_in_a_title_compound()
    {
        var answer = await Engine.AskAsync("Wer trainiert die Vienna Vikings, die ihren vierten Titel in Folge holen wollen?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Calaycay", answer.Text);
    }

    [Fact]
    public void An_english_who_verb_gets_its_doer_noun()
    {
        var expansions = Expander.Expand("Who owns the Brennor Rovers football club?", "en");
        Assert.Contains(expansions, e => e.Text == "owner" && e.Group == "en:owns" && e.Synonym);
    }
}
