using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A place of several words that the dictionary lists as one name ("South Africa", "Costa Rica") is a place, not a first
/// name and a surname, even where no preposition of place marks it ("ambassador to South Africa", "Botschafter für Costa
/// Rica"): otherwise the sentence that answers "where" holds no place and a sentence about someone else leads (issue 10).
/// Fixture articles, invented.
/// </summary>
public sealed class MultiWordPlaceNameTests : IDisposable
{
    private const string EnglishGerman = """
        South Africa
        Südafrika
        ---
        Costa Rica
        Costa Rica
        """;

    private const string GermanEnglish = """
        Südafrika
        South Africa
        ---
        Costa Rica
        Costa Rica
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public void A_place_the_dictionary_lists_as_one_name_is_a_place_not_a_person()
    {
        var names = new NameDetector(new WordTermStatistics(), [new PlacesOnly("South Africa")]);
        const string sentence = "Former minister Tom Ashby is to become the next ambassador to South Africa, the government said.";

        Assert.Contains("africa", AnswerCandidates.Of(sentence, AnswerType.Place, "en", names));
        Assert.DoesNotContain("africa", AnswerCandidates.Of(sentence, AnswerType.Person, "en", names));
    }

    /// <summary>A dictionary that knows only the given place names.</summary>
    private sealed class PlacesOnly(params string[] places) : IWordLexicon
    {
        public bool? IsCommonWord(string word, string language) => null;

        public bool IsPlaceName(string word, string language) => places.Contains(word);
    }

    [Fact]
    public async Task Das_Land_fuer_das_der_Botschafter_ernannt_wird_antwortet_auf_wohin()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/imhof.txt", """
            Neuer Posten für Karl Imhof
            Der frühere Minister Karl Imhof wird neuer Botschafter für Costa Rica, teilte das Ministerium mit.
            Imhof sagte, er freue sich auf die neue Aufgabe und werde im Frühjahr abreisen.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Wohin geht Karl Imhof als Botschafter?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Costa Rica", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
