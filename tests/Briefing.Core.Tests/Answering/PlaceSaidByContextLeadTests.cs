using Briefing.Core.Answering;
using Briefing.Core.Tests.Llm;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Which sentence leads a "where" answer (issue 10): one whose place the sentence itself marks as a place ("came at
/// Coventry", "in Kufstein", "im Stadtteil Rixdorf"), not a better-scoring one whose only new "place" is a name the
/// dictionary lists — a broadcaster quoted as the source ("told the BBC", "sagte er dem ORF") — or the question's own
/// name in another form ("Berlin" for "Berliner", "Austria" for "Austrian"). Fixture articles, invented.
/// </summary>
public sealed class PlaceSaidByContextLeadTests : IDisposable
{
    // The dictionaries list the broadcasters with capitalised translations, as FreeDict lists "BBC": such a name
    // passes for a place wherever it stands.
    private const string EnglishGerman = """
        BBC
        BBC
        ---
        ORF
        ORF
        """;

    private const string GermanEnglish = """
        BBC
        BBC
        ---
        ORF
        ORF
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_club_he_managed_before_answers_where_not_the_broadcaster_he_spoke_to()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/pike.txt", """
            Pike rejects Harbourside job
            Former Dunmore manager Alan Pike has rejected the chance to become the new manager of Harbourside.
            "It is a great job for anybody apart from somebody who has just been the Dunmore manager," Pike told the BBC.
            His previous managerial experience came at Coventry, whom he led for five years.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Where was Alan Pike a manager before he went to Dunmore?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Coventry", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Die_erste_Station_des_Trainers_antwortet_auf_wo_nicht_der_Sender_dem_er_es_sagte()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/berger.txt", """
            Berger übernimmt Salzachtal
            Der Trainer Franz Berger übernimmt mit Juli den Salzachtaler Fußballklub.
            Ich war als Trainer immer gern dort, wo man mich gebraucht hat, sagte Berger dem ORF.
            Seine erste Station als Trainer war vor zehn Jahren in Kufstein.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Wo war Franz Berger zuerst als Trainer?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Kufstein", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("In welchem Berliner Stadtteil wurde der Kiosk überfallen?", "de", "Berlin", "Rixdorf")]
    [InlineData("Wo im Wiener Umland steht das neue Werk?", "de", "Wien", "Mödling")]
    [InlineData("In which Austrian town did the summit take place?", "en", "Austria", "Lindach")]
    [InlineData("Who replaced Mark Hollis as director?", "en", "Hollis", "Markus")]
    public void The_questions_own_name_in_another_form_is_not_new_but_another_name_is(string question, string language, string asked, string other)
    {
        var names = new NameDetector(new WordTermStatistics(), []);
        var sentence = new HashSet<string> { AnswerCandidates.NameKey(asked), AnswerCandidates.NameKey(other) };

        var novel = AnswerCandidates.Novel(sentence, AnswerCandidates.Asked(question, AnswerType.Place, language, names));

        Assert.DoesNotContain(AnswerCandidates.NameKey(asked), novel);
        Assert.Contains(AnswerCandidates.NameKey(other), novel);
    }

    [Fact]
    public async Task The_questions_own_name_in_another_form_is_no_new_place()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/summit.txt", """
            Alpine summit ends
            The Alpine transport summit in Austria ended on Friday with an agreement on rail freight.
            The ministers met in Lindach, a small town near the border, for three days.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("In which Austrian town did the Alpine transport summit take place?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Lindach", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
