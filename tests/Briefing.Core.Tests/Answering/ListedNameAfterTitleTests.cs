using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// FreeDict's German side lists first names and rare nouns spelt like surnames ("Peter", "Volker", "Kauder") as common
/// words, so the person right after a title compound ("sagte Pentagon-Sprecher Peter Cook", "CDU-Fraktionschef Volker
/// Kauder") was no name at all: the sentence that answers "Who was the Pentagon spokesman …?" held no new person and a
/// sentence without him led. Two capitalised words right after a title are a first name and a surname; one noun after a
/// title ("dem Trainer Zeit geben") or a date ("Chef Ende Januar") stays a noun.
/// </summary>
public sealed class ListedNameAfterTitleTests
{
    private static readonly NameDetector Names = new(new WordTermStatistics(), [new GermanListed("peter", "volker", "kauder", "zeit", "ende", "pause", "pentagon", "sprecher", "kritik", "boulevard", "unternehmer")]);

    [Theory]
    [InlineData("Wir haben eine Pause eingelegt, sagte Pentagon-Sprecher Peter Cook am Dienstag.", "peter")]
    [InlineData("Außerdem sollen CDU-Fraktionschef Volker Kauder und andere belauscht worden sein.", "kauder")]
    public void A_first_name_and_surname_the_dictionary_lists_after_a_title_are_a_person(string sentence, string name)
    {
        Assert.Contains(name, AnswerCandidates.Of(sentence, AnswerType.Person, "de", Names));
    }

    [Theory]
    [InlineData("Man müsse dem Trainer Zeit geben, sagte er.", "zeit")]
    [InlineData("Der Chef Ende Januar trat zurück.", "ende")]
    public void A_single_noun_or_a_date_after_a_title_is_no_person(string sentence, string noun)
    {
        Assert.DoesNotContain(noun, AnswerCandidates.Of(sentence, AnswerType.Person, "de", Names));
    }

    [Fact]
    public void The_first_name_of_the_asked_person_is_nothing_new_but_a_namesake_of_a_named_thing_is()
    {
        const string sentence = "London – Arsenal-Trainer Arsene Wenger hat die UEFA kritisiert.";
        Assert.Contains("arsene", AnswerCandidates.FirstNamesOfAskedNames(sentence, "Wer wies Wengers Kritik an der UEFA zurück?", "de", "de", Names));

        const string named = "Der Boulevard ist nach dem Unternehmer Theo Kearney benannt.";
        Assert.Empty(AnswerCandidates.FirstNamesOfAskedNames(named, "Nach wem wurde der Kearney Boulevard benannt?", "de", "de", Names));
    }

    [Fact]
    public void A_surname_the_dictionary_lists_as_written_does_not_make_the_noun_after_it_a_person()
    {
        // "Kurz" is listed as written (kurz: short); "Volker" only as "Volk" with an ending stripped.
        var names = new NameDetector(new WordTermStatistics(), [new GermanListed("kurz", "rückendeckung", "volker", "kauder") { AsWritten = ["kurz", "rückendeckung", "kauder"] }]);
        Assert.DoesNotContain("rückendeckung", AnswerCandidates.Of("Er sagte, dass Außenminister Kurz Rückendeckung gebe.", AnswerType.Person, "de", names));
        Assert.Contains("kauder", AnswerCandidates.Of("Außerdem soll CDU-Fraktionschef Volker Kauder belauscht worden sein.", AnswerType.Person, "de", names));
    }

    /// <summary>A dictionary that lists the given words as common German words (and "cook" as an English one).</summary>
    private sealed class GermanListed(params string[] words) : IWordLexicon
    {
        public bool? IsCommonWord(string word, string language) =>
            language == "de" ? (words.Contains(word.ToLowerInvariant()) ? true : null)
            : word.Equals("cook", StringComparison.OrdinalIgnoreCase) ? true : null;

        /// <summary>The listed words the dictionary has as written; null: it does not say (the others' forms are unknown).</summary>
        public string[]? AsWritten { get; init; }

        public bool? IsListedAsWritten(string word, string language) =>
            AsWritten is null || language != "de" || !words.Contains(word.ToLowerInvariant()) ? null : AsWritten.Contains(word.ToLowerInvariant());
    }
}
