using Briefing.Core.Answering;
using Briefing.Core.Tests.Llm;
using Briefing.Core.Tests.Support;
using Briefing.Core.Search;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "In welchem Berliner Viertel …?" over "ein Haus im Stadtteil Wedding": the word after a noun of a class of places is
/// the place, even when the name detector reads it as a word of the other language; and a "which X" question for a place
/// is answered by the place a noun of its class introduces, before a sentence that restates the question with other
/// places in it. Sentences and articles invented.
/// </summary>
public sealed class PlaceClassNounTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_place_a_class_noun_introduces_answers_which_part_of_a_country()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/tsunami.txt", """
            Tsunami study
            The Alpine Institute in Laxenburg ran its survey on tsunami preparedness in Thailand last year.
            The survey was carried out in the province of Krabi Nua.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("In which part of Thailand did the Alpine Institute run its survey on tsunami preparedness?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Krabi Nua", answer.Citations[0].Quote);
    }

    /// <summary>"wedding" is an English word; "arbeitsplätze" a German one.</summary>
    private sealed class Listed : IWordLexicon
    {
        public bool? IsCommonWord(string word, string language) => (language, word.ToLowerInvariant()) switch
        {
            ("en", "wedding") => true,
            ("de", "arbeitsplätze") => true,
            _ => null,
        };
    }

    private static readonly NameDetector Names = new(new WordTermStatistics(), [new Listed()]);

    [Fact]
    public void A_word_of_the_other_language_after_a_class_noun_of_places_answers_where()
    {
        Assert.Contains("wedding", AnswerCandidates.Of("Die Opfer hatten ein Haus im Stadtteil Wedding verlassen.", AnswerType.Place, "de", Names));
    }

    [Fact]
    public void A_common_noun_after_a_class_noun_of_places_is_no_place()
    {
        Assert.DoesNotContain("arbeitsplätze", AnswerCandidates.Of("Die Firma will in der Region Arbeitsplätze schaffen.", AnswerType.Place, "de", Names));
    }
}
