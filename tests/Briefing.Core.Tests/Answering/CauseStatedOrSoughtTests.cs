using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, "why" and "when" questions answered by the right article's wrong sentence: a cause asked through a verb
/// of causing ("What prompted ...?", "Wie kam es zu ...?"); causes written without "because" ("a result of", "attributed
/// the fall to", "as they said", a German "als" clause); a cause noun that the sentence says is unknown or still sought
/// names no cause; a reported reason three sentences after the restating lede; a person whose surname is a dictionary
/// word is still the asked person; a full hour is a time of day.
/// Sentences and articles invented.
/// </summary>
public sealed class CauseStatedOrSoughtTests : IDisposable
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("What prompted the council to close the swimming pool?")]
    [InlineData("What made the airline cancel its winter flights?")]
    [InlineData("What caused the power cut in the old town?")]
    [InlineData("What was the reason for the delay?")]
    [InlineData("Was hat den Trainer zum Rücktritt bewogen?")]
    [InlineData("Wie kam es zu dem Stromausfall in der Altstadt?")]
    [InlineData("Was war der Grund für die Verspätung?")]
    [InlineData("Woran lag es, dass der Zug stehen blieb?")]
    public void A_cause_asked_through_a_verb_or_its_noun_asks_for_a_reason(string question)
    {
        Assert.Equal(AnswerType.Reason, ExpectedAnswerType.Of(question));
    }

    [Theory]
    [InlineData("What did the council decide about the pool?")]
    [InlineData("Was hat der Trainer nach dem Spiel gesagt?")]
    public void Other_what_questions_ask_for_no_reason(string question)
    {
        Assert.NotEqual(AnswerType.Reason, ExpectedAnswerType.Of(question));
    }

    [Theory]
    [InlineData("Her return is said to be a result of her friendship with the director.", "en")]
    [InlineData("The board attributed the slump to higher energy prices.", "en")]
    [InlineData("Farmers had rejected the scheme as they said it would cost too much.", "en")]
    [InlineData("The new ring road led many residents to move out to the suburbs.", "en")]
    [InlineData("Two of his friends were arrested, prompting the singer to write the song.", "en")]
    [InlineData("Der Verein hatte die Mitgliedschaft 2011 ruhend gestellt, als die Schulden die Einnahmen überstiegen.", "de")]
    [InlineData("Hinter dem Schritt dürfte weniger der Wunsch nach Kontrolle als die Sorge um die laufenden Kosten stehen.", "de")]
    public void A_cause_written_without_because_is_a_reason(string sentence, string language)
    {
        Assert.NotEmpty(AnswerCandidates.Of(sentence, AnswerType.Reason, language, Names));
    }

    [Fact]
    public void Attributing_something_to_a_cause_names_the_cause()
    {
        var keys = AnswerCandidates.Of("The board attributed the slump to higher energy prices.", AnswerType.Reason, "en", Names);

        Assert.Contains(keys, AnswerCandidates.IsNamedCause);
    }

    [Theory]
    [InlineData("Die Brandursache ist noch unklar.", "de")]
    [InlineData("Einen besonderen Grund für die Änderung gibt es nicht.", "de")]
    [InlineData("Nun gilt es, jene Ursachen zu finden, die den Einbruch erklären.", "de")]
    [InlineData("The cause of the blaze is not yet known.", "en")]
    [InlineData("Investigators are trying to establish the cause of the crash.", "en")]
    public void A_cause_noun_said_to_be_unknown_or_sought_names_no_cause(string sentence, string language)
    {
        Assert.Empty(AnswerCandidates.Of(sentence, AnswerType.Reason, language, Names));
    }

    [Theory]
    [InlineData("Die Straße wurde gegen 19 Uhr wieder freigegeben.", "de", "19 uhr")]
    [InlineData("The road was reopened at about 7pm.", "en", "7pm")]
    [InlineData("The road was reopened at 7 p.m. on Sunday.", "en", "7 p.m.")]
    public void A_full_hour_is_a_time_of_day(string sentence, string language, string key)
    {
        Assert.Contains(key, AnswerCandidates.Of(sentence, AnswerType.Date, language, Names));
    }

    [Fact]
    public async Task A_reported_reason_three_sentences_after_the_restating_lede_answers()
    {
        var answer = await OneArticleQuestion.AskAsync(_folder, """
            Harbour bridge plan dropped
            A Green councillor has withdrawn plans to build a second harbour bridge. The structure would have linked the ferry port with the old town. It would also have carried a new cycle lane. The county had refused to fund the scheme, saying it was far too expensive and would harm the wetlands. Work on the harbour wall goes ahead in spring.
            """, "Why did the councillor withdraw the plans for a second harbour bridge?");

        Assert.False(answer.Abstained);
        Assert.Contains("too expensive", answer.Citations[0].Quote);
    }

    // The asked person's surname is an English word; the first name is not: the name is still a person's.
    private const string EnglishGerman = """
        field /x/
        Feld <neut>
        ---
        song /x/
        Lied <neut>
        """;

    private const string GermanEnglish = """
        Feld /x/ <neut, n, sg>
        field <n>
        ---
        Lied /x/ <neut, n, sg>
        song <n>
        """;

    [Fact]
    public async Task The_cause_said_of_a_person_whose_surname_is_a_word_leads()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/song.txt", """
            Singers record charity song for flood victims
            Rapper Ollie Field and folk singer Mara Quill have recorded a charity song for flood victims. Quill said she joined the charity song after seeing the damage in her home valley last spring. Field got involved after his grandparents lost their farm in the floods. The single is released on Friday.
            """);
        _folder.Write("news/other.txt", """
            Neuer Radweg am Fluss
            Die Stadt hat am Fluss einen neuen Radweg eröffnet. The council opened a new cycle path by the river.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Why did Ollie Field join the charity song?");

        Assert.False(answer.Abstained);
        Assert.Contains("grandparents", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
