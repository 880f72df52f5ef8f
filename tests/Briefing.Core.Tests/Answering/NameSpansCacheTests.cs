using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Answering groups and classifies one sentence's names several times for a question and again for the next question over
/// the same passage: <see cref="NameSpans"/> reads each sentence once per detector, and a detector that knows other words
/// gets its own reading (perf lane, issue 10: warm ask latency).
/// </summary>
public sealed class NameSpansCacheTests
{
    private const string Sentence = "Former minister Tom Ashby is to become the next ambassador to South Africa, the government said.";

    [Fact]
    public void A_sentence_s_names_are_read_once_per_detector()
    {
        var names = new NameDetector(new WordTermStatistics(), []);

        Assert.Same(NameSpans.In(Sentence, "en", names), NameSpans.In(Sentence, "en", names));
        Assert.Same(NameSpans.Named(Sentence, "en", names), NameSpans.Named(Sentence, "en", names));
    }

    [Fact]
    public void A_detector_that_knows_the_place_reads_the_sentence_anew()
    {
        var plain = new NameDetector(new WordTermStatistics(), []);
        var withPlaces = new NameDetector(new WordTermStatistics(), [new PlacesOnly("South Africa")]);

        var before = NameSpans.Named(Sentence, "en", plain).Single(s => s.Words.Contains("Africa"));
        var after = NameSpans.Named(Sentence, "en", withPlaces).Single(s => s.Words.Contains("Africa"));

        Assert.NotEqual(NameKind.Place, before.Kind);
        Assert.Equal(NameKind.Place, after.Kind);
    }

    /// <summary>A dictionary that knows only the given place names.</summary>
    private sealed class PlacesOnly(params string[] places) : IWordLexicon
    {
        public bool? IsCommonWord(string word, string language) => null;

        public bool IsPlaceName(string word, string language) => places.Contains(word);
    }
}
