using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Warum wollte die KPÖ Bettina Vollath nicht wählen?" (issue 10, false abstentions with the right article first):
/// German sets the subject beside the object, so the party's acronym before a person's two-word name is no part of the
/// name. Read as the name "KPÖ Bettina Vollath", whose words the article never writes together ("Die KPÖ erteilte …
/// Bettina Vollath eine Absage"), no article showed the question's details. Before a single word an acronym may be part
/// of the name ("FC Barcelona"). German only: English puts a verb between them. Words invented.
/// </summary>
public sealed class AcronymBeforePersonNameTests
{
    /// <summary>Knows the invented names as names and every other capitalised word as an ordinary one.</summary>
    private sealed class NamesOnly(params string[] names) : IWordLexicon
    {
        public bool? IsCommonWord(string word, string language) => !names.Contains(word);
    }

    private readonly NameDetector _names = new(new WordTermStatistics(), [new NamesOnly("Karla", "Neumeier", "Lindau")]);

    [Fact]
    public void An_acronym_before_a_persons_two_word_name_is_not_part_of_it() =>
        Assert.Equal(["Karla Neumeier"], Phrases("Warum wollte die LFP Karla Neumeier nicht zur Präsidentin wählen?"));

    [Fact]
    public void An_acronym_before_a_single_name_word_stays_part_of_it() =>
        Assert.Equal(["FC Lindau"], Phrases("Wie viele Tore schoss der FC Lindau?"));

    private string[] Phrases(string question) =>
        NamePhrase.In(question, "de", _names, new WordTermStatistics()).Select(p => p.Surface).ToArray();
}
