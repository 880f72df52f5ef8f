using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Briefing.Core.Tests.Answering;

/// <summary>German and English articles in one index, with the lexicon translating between them.</summary>
public sealed class MixedLanguageAnswerTests : IDisposable
{
    private const string EnglishGerman = """
        long /lˈɒŋ/
        lang, lange, länger
        ---
        take /tˈeɪk/ <v>
        nehmen, dauern
        """;

    private const string GermanEnglish = """
        lang /laŋ/
        long
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_passage_that_shows_only_the_one_translatable_word_does_not_beat_the_own_language_answer()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/ferry.txt", """
            Solar ferry enters service
            The first solar ferry on Lake Ardwen made its maiden crossing on Tuesday in 26 minutes, carrying 18 cars.
            The vessel draws power from panels on its roof and a battery bank below deck.
            """);
        _folder.Write("news/bibliothek.txt", """
            Stadtbibliothek öffnet länger
            Die Stadtbibliothek bleibt ab Januar abends länger geöffnet, weil sich 72 Prozent der Befragten das wünschten.
            Die Leiterin sagte, die langen Öffnungszeiten seien ein Versuch für ein Jahr.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("How long did the solar ferry crossing take?");

        Assert.False(answer.Abstained);
        Assert.Equal("news/ferry", answer.Citations[0].ArticleId);
        Assert.Contains("26 minutes", answer.Citations[0].Quote);
    }

    private const string EnglishGermanHelicopter = """
        helicopter /hˈɛlɪkɒptɐ/
        Hubschrauber
        ---
        people /pˈiːpəl/
        Menschen, Leute
        ---
        board /bˈɔːd/
        Bord, Brett
        ---
        emergency landing /ɪmˈɜːdʒənsi lˈændɪŋ/
        Notlandung
        ---
        land /lˈænd/ <v>
        landen, notlanden
        """;

    [Fact]
    public async Task A_sentence_in_the_askers_language_sharing_only_the_asked_figure_does_not_replace_the_answer()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGermanHelicopter, GermanEnglish);
        _folder.Write("news/hubschrauber.txt", """
            Hubschrauber muss notlanden
            Ein Hubschrauber mit 21 Menschen an Bord musste am Dienstag nahe Korvana, der Hauptstadt der Provinz Teshrin, notlanden. Verletzt wurde niemand.
            """);
        _folder.Write("news/rugby.txt", """
            Rugby board honours young winger
            Tom Berger, 21, who grew up near the provincial capital, was named player of the year by the board of the rugby league on Monday. He has struggled for form in recent weeks.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.Answers.AskAsync(new Briefing.Core.Answering.AskRequest("Which provincial capital did the helicopter with 21 people on board have to land near?") { Trace = true }, CancellationToken.None);

        Assert.False(answer.Abstained);
        Assert.True(answer.Citations[0].Quote.Contains("Korvana"), answer.Text + string.Join("\n", answer.Trace));
    }

    private const string GermanEnglishSurvey = """
        Verbot /fɛɐ̯ˈboːt/
        ban, prohibition
        ---
        Umfrage /ˈʊmfʁaːɡə/
        survey, poll
        ---
        Prozent /pʁoˈtsɛnt/
        percent, per cent
        """;

    [Fact]
    public async Task The_figure_of_the_survey_the_question_names_answers_across_languages()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglishSurvey);
        _folder.Write("news/snaring.txt", """
            Support for snaring ban falls
            Support for a ban on snaring has fallen in the past five years, a poll suggests. Less than half the country wants a ban, the Tally survey of 1,500 adults for the Farmweek programme suggests. The Daily Post survey found that 61 percent supported a ban compared with 22 percent against. In the Farmweek survey, 44 percent said they supported the ban, with 30 percent against.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Wie viel Prozent sind laut der neuen Tally-Umfrage für Farmweek für ein Verbot?");

        Assert.False(answer.Abstained);
        Assert.Contains("44 percent", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
