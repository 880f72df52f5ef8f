using System.Text.RegularExpressions;
using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A year that is part of a name ("Euro 2004", "WM 2006", "the 2005 Budget") names an event's edition; it does not date
/// the report its lede stands in (issue 10: "Who won the Tour de France in 2004?" answered by a 2005 report on awards
/// whose lede named "Sport Interactive's Euro 2004 coverage").
/// </summary>
public sealed class EditionYearsTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), [new GermanCommon("bilanz", "jahresbeginn", "saison")]);

    private static bool IsEdition(string text, string year, string language) =>
        EditionYears.NameOf(text, Regex.Match(text, year), language, Names) is not null;

    [Theory]
    [InlineData("The BBC leads the nominations, including one for Sport Interactive's Euro 2004 coverage.", "2004", "en")]
    [InlineData("Tickets for the Olympics went on sale for Athens 2004 last week.", "2004", "en")]
    [InlineData("The chancellor will present the 2005 Budget next month.", "2005", "en")]
    [InlineData("Die Stadien der WM 2006 sind fertig.", "2006", "de")]
    [InlineData("EM 2008: Österreich spielt in Wien.", "2008", "de")]
    public void A_year_written_with_a_name_is_an_edition(string text, string year, string language) =>
        Assert.True(IsEdition(text, year, language));

    [Theory]
    [InlineData("Ethiopia produced 14.27 million tonnes of crops in 2004.", "2004", "en")]
    [InlineData("Sales rose sharply in March 2004, the firm said.", "2004", "en")]
    [InlineData("In 2004 the economy grew by 1.6%.", "2004", "en")]
    [InlineData("Profits fell in Q4 2004.", "2004", "en")]
    [InlineData("The BZÖ musste wegen der Bilanz 2013 zahlen.", "2013", "de")]
    [InlineData("Zu Jahresbeginn 2016 lebten knapp 8,7 Millionen Menschen in Österreich.", "2016", "de")]
    [InlineData("Im Sommer 2006 saß sie in einem Büro in San Francisco.", "2006", "de")]
    // English titles capitalise every word: a period's noun or adjective is no name there.
    [InlineData("Apple Reports Record Fiscal 2004 Results", "2004", "en")]
    [InlineData("Review Of The Year 2004", "2004", "en")]
    [InlineData("Arsenal Look Back On The 2004 Season", "2004", "en")]
    public void A_year_of_a_date_or_a_common_noun_is_no_edition(string text, string year, string language) =>
        Assert.False(IsEdition(text, year, language));

    /// <summary>"On what date are the 2004 Kestrel Awards to be handed over?": the lede's edition of the asked name dates the report on it.</summary>
    [Fact]
    public void An_edition_of_the_name_the_question_writes_beside_its_year_dates_the_report()
    {
        const string lede = "Sprinter Jane Dowd has been named the winner of the 2004 Kestrel Awards for athletics.";
        var asked = AskedYears.Of("On what date are the 2004 Kestrel Awards to be handed over?").WordsBeside("On what date are the 2004 Kestrel Awards to be handed over?");

        Assert.Equal(["2004"], DatingYears.In(lede, "en", Names, asked));
        Assert.Empty(DatingYears.In(lede, "en", Names, AskedYears.Of("Who won the Tour de France in 2004?").WordsBeside("Who won the Tour de France in 2004?")));
    }

    /// <summary>"Who won the Tour de France in 2004?": the question's own names say which edition it asks about, though it writes "in" beside its year.</summary>
    [Fact]
    public void An_edition_of_a_name_the_question_names_dates_the_report()
    {
        const string question = "Who won the Tour de France in 2004?";
        const string lede = "Lance Armstrong won the 2004 Tour de France, his sixth in a row.";
        var asked = DatingYears.AskedNames(AskedYears.Of(question).WordsBeside(question), [], Names.In(question, "en"));

        Assert.Equal(["2004"], DatingYears.In(lede, "en", Names, asked));
    }

    /// <summary>"Wer gewann die EM 2004?" over an English lede: the translation of the word beside the year names the same edition.</summary>
    [Fact]
    public void An_edition_named_by_a_translation_of_the_asked_name_dates_the_report()
    {
        const string question = "Wer gewann die EM 2004?";
        const string lede = "Greece won Euro 2004 in Lisbon against all expectations.";
        var beside = AskedYears.Of(question).WordsBeside(question);

        Assert.Empty(DatingYears.In(lede, "en", Names, DatingYears.AskedNames(beside, [], [])));
        Assert.Equal(["2004"], DatingYears.In(lede, "en", Names, DatingYears.AskedNames(beside, ["Euro", "European Championship"], [])));
    }

    /// <summary>German nouns the test's dictionary lists as common words, as FreeDict does.</summary>
    private sealed class GermanCommon(params string[] words) : IWordLexicon
    {
        public bool? IsCommonWord(string word, string language) =>
            language == "de" && words.Contains(word.ToLowerInvariant()) ? true : null;
    }
}
