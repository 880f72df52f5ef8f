using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Opening a German sentence every word is capitalised, so the name detector there rests on what it knows of the word.
/// Two kinds of opener it took for names, counted over 23,000 sentences of the 10kGNAD articles: connectives and
/// genitive prepositions the dictionary lists only inside phrases ("Zwar" 37 times, "Angesichts" 19, "Sowohl" 15), and
/// derStandard's interview label "STANDARD:" (260 times), a word set in capitals. Read as names, they were the new
/// name of their sentence and led answers to "who" and "which" questions that the sentence did not answer.
/// </summary>
public sealed class GermanSentenceOpenerNameTests
{
    private static readonly NameDetector Names = new(new WordTermStatistics(), [new GermanListed("standard", "frau", "lage")]);

    [Theory]
    [InlineData("Zwar gewann Thiem das erste Spiel, danach verlor er.", "Zwar")]
    [InlineData("Sowohl Faymann als auch Mitterlehner waren dagegen.", "Sowohl")]
    [InlineData("Angesichts der Lage bleibt Mahrer vorsichtig.", "Angesichts")]
    public void A_connective_opening_a_sentence_is_no_name(string sentence, string opener)
    {
        var found = Names.In(sentence, "de").ToList();
        Assert.DoesNotContain(opener, found);
        Assert.NotEmpty(found);
    }

    [Fact]
    public void An_interview_label_in_capitals_is_no_name_but_the_paper_inside_a_sentence_and_an_acronym_are()
    {
        Assert.DoesNotContain("STANDARD", Names.In("STANDARD: Wie sehen Sie die Lage?", "de"));
        Assert.DoesNotContain("FRAU", Names.In("FRAU: Das weiß ich nicht.", "de"));
        Assert.Contains("STANDARD", Names.In("Das sagte der Minister dem STANDARD am Montag.", "de"));
        Assert.Contains("NATO", Names.In("NATO: Die Lage ist ernst.", "de"));
        Assert.Contains("EU", Names.In("EU: Die Lage ist ernst.", "de"));
    }

    /// <summary>A dictionary that lists the given words as common German words and knows no other.</summary>
    private sealed class GermanListed(params string[] words) : IWordLexicon
    {
        public bool? IsCommonWord(string word, string language) =>
            language == "de" && words.Contains(word.ToLowerInvariant()) ? true : null;
    }
}
