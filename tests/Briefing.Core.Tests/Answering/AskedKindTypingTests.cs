using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// How questions people ask are typed, and which words of a sentence answer them (issue 10, kinds seen on realistic
/// questions): occupations, "was für ein X" as "welches X", money asked through a verb, districts and a place asked by
/// its role, the level a figure rose to, deadlines and quarters as dates. Sentences invented.
/// </summary>
public sealed class AskedKindTypingTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("Was macht Jonas Perl beruflich?")]
    [InlineData("Was ist Jonas Perl von Beruf?")]
    [InlineData("Welchen Beruf hat Jonas Perl?")]
    [InlineData("What does Mia Stroud do for a living?")]
    [InlineData("What's Mia Stroud's job?")]
    [InlineData("What is the profession of Mia Stroud?")]
    [InlineData("Womit verdient der Eigner der Yacht sein Geld?")]
    // The post someone holds in an organisation is their job there ("international division secretary of the union"),
    // not a place in a ranking: typed as a rank, no sentence held a new one and the answer was abstained on.
    [InlineData("What position does Tom Hale hold at the pilots' union?")]
    [InlineData("What post did Mia Stroud hold in the ministry?")]
    [InlineData("Welche Funktion hat Jonas Perl beim Möbelhändler?")]
    [InlineData("Welches Amt bekleidet Jonas Perl in der Partei?")]
    [InlineData("How does Mia Stroud earn her living?")]
    public void A_question_for_someones_job_asks_for_an_occupation(string question)
    {
        Assert.Equal(AnswerType.Occupation, ExpectedAnswerType.Of(question));
    }

    [Theory]
    [InlineData("What job cuts did the bank announce?")]
    [InlineData("Was macht Jonas Perl in Wien?")]
    public void Jobs_as_a_topic_ask_for_no_occupation(string question)
    {
        Assert.NotEqual(AnswerType.Occupation, ExpectedAnswerType.Of(question));
    }

    [Theory]
    [InlineData("Von Beruf ist Perl Hausmeister - in Teilzeit.", "hausmeister")]
    [InlineData("Sie arbeitet seit Jahren als Krankenpflegerin im Landesklinikum.", "krankenpflegerin")]
    [InlineData("Der Vater ist als Tischler tätig.", "tischler")]
    [InlineData("She works as a nurse at the Royal Infirmary.", "nurse")]
    [InlineData("Tom Hale, a 34-year-old plumber from Leeds, found the ring.", "plumber")]
    [InlineData("He is an electrician by trade.", "electrician")]
    [InlineData("Economist Tom Varga challenges this notion.", "economist")]
    [InlineData("Das sagte der Wirtschaftswissenschaftler Tom Varga am Montag.", "wirtschaftswissenschaftler")]
    public void The_job_a_sentence_gives_someone_is_an_occupation(string sentence, string job)
    {
        Assert.Contains(job, AnswerCandidates.Of(sentence, AnswerType.Occupation, sentence.Contains(" ist ") || sentence.Contains("arbeitet") || sentence.Contains(" der ") ? "de" : "en", Names));
    }

    /// <summary>
    /// News gives the job in an apposition right after the name, or with "als" after a form of "sein", or as the first
    /// of two nouns before the name: "What does Tom Hale do for a living?" over "..., said Tom Hale, head of the threat
    /// laboratory at ...".
    /// </summary>
    [Theory]
    [InlineData("Jonas Perl, Anwalt und Präsident des Vereins Lambda, will das ändern.", "de", "anwalt")]
    [InlineData("Jonas Perl, Chef der Stiftung, warnt davor.", "de", "chef")]
    [InlineData("Perl, ein Zoologie-Dozent an der Universität Budweis, sagte das.", "de", "zoologie-dozent")]
    [InlineData("Perl sei als Anwalt mit einer gut gehenden Kanzlei unabhängiger gewesen.", "de", "anwalt")]
    [InlineData("Der Winzer und Multimillionär Jonas Perl stellt das Geld zur Verfügung.", "de", "winzer")]
    [InlineData("\"It spreads by itself,\" said Tom Hale, head of the threat laboratory at security firm Clearsafe.", "en", "head")]
    [InlineData("Tom Hale, a lecturer at Imperial College, won the prize.", "en", "lecturer")]
    public void The_job_after_the_name_is_an_occupation(string sentence, string language, string job)
    {
        Assert.Contains(job, AnswerCandidates.Of(sentence, AnswerType.Occupation, language, Names));
    }

    /// <summary>"Perl, der Wettkampftyp, kämpft": a description with the definite article is no job; "Mr Hale, however, said" no apposition.</summary>
    [Theory]
    [InlineData("Perl, der Wettkampftyp, kämpft, soviel es geht.", "de")]
    [InlineData("Mr Hale, however, said nothing of the sort.", "en")]
    public void A_description_after_the_name_is_no_occupation(string sentence, string language)
    {
        Assert.Empty(AnswerCandidates.Of(sentence, AnswerType.Occupation, language, Names));
    }

    [Fact]
    public void A_34_year_old_man_has_no_occupation()
    {
        Assert.Empty(AnswerCandidates.Of("A 34-year-old man was arrested in Leeds.", AnswerType.Occupation, "en", Names));
    }

    [Theory]
    [InlineData("Was für ein Auto hat sich die Ministerin gekauft?", "Auto")]
    [InlineData("Was für einen Hund hält der Bürgermeister?", "Hund")]
    public void Was_fuer_ein_asks_as_welches(string question, string head)
    {
        Assert.Equal(head, AskedHead.Of(question));
        Assert.Equal(AnswerType.Named, ExpectedAnswerType.Of(question));
    }

    [Theory]
    [InlineData("Was muss der Tourist an Strafe zahlen?")]
    [InlineData("Was muss die Firma für die Lizenz bezahlen?")]
    [InlineData("Auf wie viel ist der Umsatz gestiegen?")]
    [InlineData("Auf welchen Wert ist der Umsatz gestiegen?")]
    public void Money_asked_through_a_verb_and_a_level_ask_for_a_figure(string question)
    {
        Assert.Equal(AnswerType.Number, ExpectedAnswerType.Of(question));
    }

    [Theory]
    [InlineData("In welchem Münchner Viertel wurde die Bar eröffnet?")]
    [InlineData("In welchem Stadtteil wohnt der Sänger?")]
    [InlineData("Which London borough will get the new library?")]
    [InlineData("What is Anna Berg's constituency?")]
    [InlineData("Was ist die Heimatstadt von Jonas Perl?")]
    public void A_district_or_a_place_asked_by_its_role_asks_for_a_place(string question)
    {
        Assert.Equal(AnswerType.Place, ExpectedAnswerType.Of(question));
    }

    [Theory]
    [InlineData("How far north will the new tram line run?")]
    [InlineData("Wie weit nach Osten soll die Radroute führen?")]
    public void How_far_in_a_direction_asks_for_the_place_reached(string question)
    {
        Assert.Equal(AnswerType.Place, ExpectedAnswerType.Of(question));
    }

    [Theory]
    [InlineData("How far did the runner go in one hour?")]
    [InlineData("Wie weit ist der Flughafen von der Stadt entfernt?")]
    public void How_far_without_a_direction_still_asks_for_a_distance(string question)
    {
        Assert.Equal(AnswerType.Number, ExpectedAnswerType.Of(question));
    }

    [Theory]
    [InlineData("Die Bar liegt im Stadtteil Giesing.", "de", "giesing")]
    [InlineData("Das Schiff wird in der nordchinesischen Hafenstadt Dalian konstruiert.", "de", "dalian")]
    [InlineData("Er kehrte in seine Heimatstadt Weiz zurück.", "de", "weiz")]
    [InlineData("The MP for Bexley and Sidcup said the plan was unfair.", "en", "bexley")]
    [InlineData("The library will open in the borough of Lambeth.", "en", "lambeth")]
    public void A_name_after_a_class_noun_of_places_answers_where(string sentence, string language, string key)
    {
        Assert.Contains(key, AnswerCandidates.Of(sentence, AnswerType.Place, language, Names).Select(AnswerCandidates.NameKey));
    }

    [Theory]
    [InlineData("Mira Holt will not commit to the St Galmier event this year.", "en", "galmier")]
    [InlineData("Beim Kitzbühel-Rennen stürzte er schwer.", "de", "kitzbühel")]
    public void A_place_naming_the_event_held_there_answers_where(string sentence, string language, string key)
    {
        Assert.Contains(key, AnswerCandidates.Of(sentence, AnswerType.Place, language, Names).Select(AnswerCandidates.NameKey));
    }

    [Theory]
    [InlineData("Da man nur schonende Methoden anwenden wollte, konnten die Ergebnisse erst spät vorliegen.", "de")]
    [InlineData("Chicken pox and a rib injury forced him out of the whole season.", "en")]
    public void A_cause_in_an_opening_clause_or_as_the_subject_is_a_reason(string sentence, string language)
    {
        Assert.NotEmpty(AnswerCandidates.Of(sentence, AnswerType.Reason, language, Names));
    }

    [Fact]
    public void The_beginning_of_this_month_is_no_deadline()
    {
        Assert.Empty(AnswerCandidates.Of("Die Angriffe begannen Anfang dieses Monats.", AnswerType.Date, "de", Names));
    }

    [Theory]
    [InlineData("Der Umsatz stieg um 12 Prozent auf 3,4 Milliarden Euro.", "3.4")]
    [InlineData("Exports were up 35.4% to $593.4bn.", "593.4")]
    public void The_level_asked_is_the_figure_after_auf_or_to(string sentence, string level)
    {
        var numbers = AskedLevel.Numbers(sentence);
        Assert.Contains(level, numbers);
        Assert.Single(numbers);
    }

    [Theory]
    [InlineData("The deal is expected to conclude by the third quarter of this year.", "en")]
    [InlineData("Die Übernahme soll im zweiten Quartal abgeschlossen sein.", "de")]
    [InlineData("Die Arbeiten sollen bis Jahresende dauern.", "de")]
    [InlineData("The plant will open in the first half of next year.", "en")]
    public void A_quarter_a_half_or_the_end_of_a_year_is_a_date(string sentence, string language)
    {
        Assert.NotEmpty(AnswerCandidates.Of(sentence, AnswerType.Date, language, Names));
    }
}
