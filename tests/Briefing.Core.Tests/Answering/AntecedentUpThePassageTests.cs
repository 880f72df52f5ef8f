using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, abstentions with the right article first: "Die Regierung hat den Bau der Nordkap-Leitung untersagt. Das
/// norwegische Unternehmen Fjordgas wäre einer der Betreiber geworden. Nach eigenen Angaben hatte man bereits viel Geld
/// ausgegeben. Nach dem Verbot kündigte die Firma eine Klage über neun Milliarden Euro an." — the answering sentence
/// says "die Firma", and the question's names stand two and three sentences up: in the first-ranked article's passage,
/// they still stand for the answer. Articles invented; both languages.
/// </summary>
public sealed class AntecedentUpThePassageTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        claim /kleɪm/
        Klage <fem>
        """;

    private const string GermanEnglish = """
        Klage /ˈklaːɡə/ <fem, n, sg>
        claim <n>
        ---
        Regierung /ʁeˈɡiːʁʊŋ/ <fem, n, sg>
        government <n>
        """;

    public AntecedentUpThePassageTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/fjordgas.txt", """
            Gasleitung nach Süden endgültig gestoppt
            Streit um das Naturschutzgebiet im Norden geht weiter.

            Die Regierung in Oslo hat den Bau der Nordkap-Leitung durch das Naturschutzgebiet untersagt. Das norwegische Unternehmen Fjordgas wäre einer der Betreiber der Leitung geworden. Nach eigenen Angaben hatte man bereits viel Geld ausgegeben. Nach dem Verbot kündigte die Firma eine Klage auf Schadenersatz in Höhe von neun Milliarden Euro gegen die Regierung an.
            """);
        Folder.Write("news/polaris.txt", """
            Southern gas line finally halted
            The dispute over the nature reserve in the north goes on.

            The government in Ottawa has banned building the Tundra line through the nature reserve. The Canadian firm Polaris Pipelines would have been one of the line's operators. By its own account money had already been spent. After the ban the company announced a claim for damages of $7bn against the government.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wie viel will Fjordgas wegen der gestoppten Nordkap-Leitung von der Regierung haben?", "neun Milliarden Euro")]
    [InlineData("How much does Polaris Pipelines want from the government over the halted Tundra line?", "$7bn")]
    public async Task A_name_further_up_the_passage_stands_for_the_sentence_that_refers_back_to_it(string question, string expected)
    {
        var answer = await Engine.AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(expected, answer.Text);
    }
}
