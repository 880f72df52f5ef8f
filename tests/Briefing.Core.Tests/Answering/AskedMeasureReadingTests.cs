using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// What a "wie viel" / "how big" question measures, read right (issue 10, false abstentions): a name after "wie viel"
/// is who asks, not the measured unit ("wie viel Siemens von der Bahn fordert" is answered by "eine Entschädigung von
/// 2 Milliarden Euro"), and the size of a team or delegation is a count of its people ("ein Team aus 25 Ärzten", "a
/// 40-strong delegation"). Read as units, both made the right article's answering sentence "no unit".
/// </summary>
public sealed class AskedMeasureReadingTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        delegation /ˌdɛlɪˈɡeɪʃən/
        Delegation <fem>
        ---
        team /tiːm/
        Team <neut>
        """;

    private const string GermanEnglish = """
        Geld /ɡɛlt/ <neut, n, sg>
        money <n>
        ---
        Bahn /baːn/ <fem, n, sg>
        railway <n>
        ---
        Konzern /kɔnˈtsɛʁn/ <masc, n, sg>
        group, company <n>
        ---
        Hersteller /ˈheːɐ̯ʃtɛlɐ/ <masc, n, sg>
        manufacturer <n>
        ---
        Entschädigung /ɛntˈʃɛːdɪɡʊŋ/ <fem, n, sg>
        compensation <n>
        ---
        Auftragsstopp /ˈaʊ̯ftʁaːksʃtɔp/ <masc, n, sg>
        stop of orders <n>
        ---
        Mitarbeiter /ˈmɪtʔaʁbaɪ̯tɐ/ <masc, n, pl>
        employees <n>
        ---
        Abordnung /ˈapʔɔʁdnʊŋ/ <fem, n, sg>
        delegation, deputation <n>
        ---
        Team /tiːm/ <neut, n, sg>
        team <n>
        ---
        Ärzte /ˈɛːɐ̯tstə/ <masc, n, pl>
        doctors <n>
        """;

    public AskedMeasureReadingTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/siemens.txt", """
            Siemens fordert Entschädigung von der Bahn
            Nach dem Auftragsstopp für die neuen Regionalzüge verlangt der Hersteller Schadenersatz.
            Der Konzern fordert von der Bahn eine Entschädigung von 2 Milliarden Euro.
            """);
        Folder.Write("news/aerzte.txt", """
            Ärzte reisen ins Erdbebengebiet
            Ein Team aus 25 Ärzten und Pflegern ist am Montag von Graz nach Albanien aufgebrochen.
            Die Helfer bringen Medikamente und Zelte mit.
            """);
        Folder.Write("news/lagos.txt", """
            Trade mission heads to Lagos
            A 40-strong delegation of business leaders left Manchester for Lagos on Sunday to seek export deals.
            The trip was organised by the chamber of commerce.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private NameDetector Names => Engine.Services.GetRequiredService<NameDetector>();

    [Theory]
    [InlineData("Kannst du mir sagen, wie viel Siemens von der Bahn wegen des Auftragsstopps fordert?")]
    [InlineData("Wie viel Siemens fordert?")]
    public void A_name_after_wie_viel_is_no_measured_unit(string question) =>
        Assert.Null(AskedUnit.Of(question, Names));

    [Theory]
    [InlineData("Wie viel Geld fordert Siemens von der Bahn?", "Geld", "Money")]
    [InlineData("Wie viele Mitarbeiter hat Siemens?", "Mitarbeiter", "Count")]
    public void A_noun_after_wie_viel_is_still_the_unit(string question, string word, string kind)
    {
        var unit = AskedUnit.Of(question, Names);

        Assert.Equal(word, unit?.Word);
        Assert.Equal(kind, unit?.Kind.ToString());
    }

    [Theory]
    [InlineData("Wie groß war die Delegation?")]
    [InlineData("Wie groß war das Ärzteteam?")]
    [InlineData("How big was the team?")]
    [InlineData("How large was the crowd at the final?")]
    public void The_size_of_a_group_is_a_count_of_people(string question) =>
        Assert.True(AskedUnit.Of(question)?.CountsPeople, question);

    [Theory]
    [InlineData("How big was the team's budget?")]
    [InlineData("Wie groß war die Fläche?")]
    public void Other_sizes_are_no_count_of_people(string question) =>
        Assert.NotEqual(true, AskedUnit.Of(question)?.CountsPeople);

    [Fact]
    public async Task A_sum_the_named_company_asks_for_answers_wie_viel_it_asks()
    {
        var answer = await Engine.AskAsync("Kannst du mir sagen, wie viel Siemens von der Bahn wegen des Auftragsstopps fordert?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("2 Milliarden Euro", answer.Text);
    }

    [Fact]
    public async Task A_team_of_25_doctors_answers_how_big_the_deputation_was()
    {
        var answer = await Engine.AskAsync("Wie groß war die Abordnung, die von Graz nach Albanien aufgebrochen ist?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("25 Ärzten", answer.Text);
    }

    [Fact]
    public async Task A_40_strong_delegation_answers_how_big_the_team_was()
    {
        var answer = await Engine.AskAsync("How big was the team that left Manchester for Lagos?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("40-strong", answer.Text);
    }
}
