using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10: "In welcher Klinik …?" was answered by the lede that restates the death ("Ein 19-jähriger Oberösterreicher
/// ist … im Bezirk Eferding gestorben"), marked as the answer because its person stood next to the question's own
/// description of him ("der 19-Jährige"), while the sentence naming the hospital by another noun of its kind
/// ("im Unfallkrankenhaus Wels") was marked by nothing. Invented article.
/// </summary>
public sealed class WhichVenueTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private const string CrashArticle = """
        Junger Lenker nach Unfall in Klinik gestorben
        Eferding – Ein 19-jähriger Oberösterreicher ist am Samstag in der Nacht nach einem schweren Verkehrsunfall im Bezirk Eferding gestorben. Sein Beifahrer wurde leicht verletzt. Der Wagen kam in einer Kurve von der Straße ab und prallte gegen einen Baum. Die Feuerwehr musste die beiden Insassen aus dem Auto bergen. Der Lenker starb im Unfallkrankenhaus Wels an seinen schweren Verletzungen.
        """;

    [Fact]
    public async Task A_hospital_asked_as_Klinik_is_the_one_the_article_names_as_Krankenhaus()
    {
        var answer = await OneArticleQuestion.AskAsync(_folder, CrashArticle, "In welcher Klinik ist der 19-Jährige gestorben, der bei Eferding gegen einen Baum geprallt war?");

        Assert.False(answer.Abstained);
        Assert.Contains("Unfallkrankenhaus Wels", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("Ried im Innkreis – Der Klub hat einen Verteidiger verpflichtet.")]
    [InlineData("Frankfurt am Main – Der Klub hat einen Verteidiger verpflichtet.")]
    [InlineData("Weiden in der Oberpfalz – Der Klub hat einen Verteidiger verpflichtet.")]
    public void A_town_named_by_its_river_or_region_is_one_dateline(string sentence) =>
        Assert.Equal("Der Klub hat einen Verteidiger verpflichtet.", Dateline.Without(sentence, "de"));

    [Fact]
    public void The_other_nouns_of_a_venue_kind_in_both_languages() =>
        Assert.Equal(["Klinikum", "Krankenhaus", "Spital", "Hospital", "Lazarett", "clinic", "hospital", "infirmary"], VenueKinds.OthersOf("Klinik"));

    public void Dispose() => _folder.Dispose();
}
