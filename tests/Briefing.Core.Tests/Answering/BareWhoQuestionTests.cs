using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, false abstentions on well-formed questions (XQuAD): a bare "wer"/"who" is often answered by a common noun
/// the name detector does not mark ("Stratigraphen", "the owner"); the sentence that shows the question best answers
/// it when no sentence names anyone. A name asked for ("Wie hieß …?") still needs a name. "Who" inside a name ("Doctor
/// Who") asks for no person.
/// </summary>
public sealed class BareWhoQuestionTests
{
    [Fact]
    public void A_bare_who_question_is_answered_by_the_sentence_that_shows_it_best_when_no_sentence_names_anyone()
    {
        var questionTerms = new HashSet<string> { "analysiert", "labor", "proben", "bohrkernen" };
        var covering = Sentence("Im Labor analysieren Stratigraphen Proben von Bohrkernen aus dem Feld.", 1.0) with
        {
            Terms = new HashSet<string> { "labor", "analysiert", "stratigraph", "proben", "bohrkernen", "feld" },
        };
        var other = Sentence("Die Proben werden danach im Archiv gelagert.", 0.25);
        var names = new NameDetector(new NoTermStatistics(), []);

        Assert.Same(covering, CoveringLead.ForBareWho([other, covering], AnswerType.Person, "Wer analysiert im Labor Proben von Bohrkernen?", questionTerms, "de", names));
        Assert.Null(CoveringLead.ForBareWho([other, covering], AnswerType.Person, "Wie hieß der Forscher, der im Labor Proben von Bohrkernen analysiert?", questionTerms, "de", names));
        Assert.Null(CoveringLead.ForBareWho([other, covering], AnswerType.Person, "Welcher Forscher analysiert im Labor Proben von Bohrkernen?", questionTerms, "de", names));
    }

    private static CandidateSentence Sentence(string text, double coverage) =>
        new(text, new PassageHit(new Passage("labor#p0", "labor", 0, text, "de"), new ArticleInfo("labor", "labor", null, null, null, "de"), 1f), 0, 0,
            text.ToLowerInvariant().TrimEnd('.').Split(' ').ToHashSet(), coverage, 1.0)
        {
            ContextCoverage = coverage, ShowsVerb = true, ArticleShare = 1.0,
        };

    [Theory]
    [InlineData("Wer analysiert stratigraphische Schnitte wie Bohrkerne?", true)]
    [InlineData("Constructing a project that fails to adhere to codes does not benefit whom?", true)]
    [InlineData("Wie hieß der Pensionist, der ertrunken ist?", false)]
    [InlineData("Welcher Richter leitete das Verfahren?", false)]
    public void A_bare_who_is_the_person_interrogative_alone(string question, bool bare)
    {
        Assert.Equal(bare, ExpectedAnswerType.AsksWhoBare(question));
    }

    [Theory]
    [InlineData("What does Doctor Who do when his body is mortally damaged?", AnswerType.Other)]
    [InlineData("Who played Doctor Who on stage in the 70's?", AnswerType.Person)]
    [InlineData("Who scored for Arsenal?", AnswerType.Person)]
    public void Who_inside_a_name_asks_for_no_person(string question, AnswerType expected)
    {
        Assert.Equal(expected, ExpectedAnswerType.Of(question));
    }
}
