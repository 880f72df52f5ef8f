using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Which words of a sentence answer the asked kind (issue 10): lengths of time as news writes them ("einen
/// Zweijahresvertrag", "ein halbes Jahr", "since June 2013"), places that are an institution, a venue noun or the rest
/// of a list, causes given as a purpose or a report, a count the question writes as a word, a vote's tally, and the role
/// nouns of a "who" question's verb.
/// </summary>
public sealed class AskedKindCandidateTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("Der Verteidiger unterschrieb beim Aufsteiger einen Zweijahresvertrag.", "de")]
    [InlineData("Die Sanierung der Brücke dauert ein halbes Jahr.", "de")]
    [InlineData("Die Kommission hat die dreimonatige Frist verlängert.", "de")]
    [InlineData("The bridge has been closed since June 2013.", "en")]
    [InlineData("Das Werk steht seit März 2012 still.", "de")]
    [InlineData("Repairs will take half a year.", "en")]
    public void A_length_of_time_as_news_writes_it_is_a_duration(string sentence, string language)
    {
        Assert.NotEmpty(AnswerCandidates.Of(sentence, AnswerType.Duration, language, Names));
    }

    /// <summary>"für das vierte Quartal geplant": a German quarter dates a fact in every case of its ordinal, not only the dative.</summary>
    [Theory]
    [InlineData("Mit dem für das vierte Quartal geplanten Smartlock will die Firma wachsen.", "de")]
    [InlineData("Das erste Halbjahr brachte einen Rekord.", "de")]
    [InlineData("The lock is due in the fourth quarter.", "en")]
    public void A_quarter_in_any_case_is_a_date(string sentence, string language) =>
        Assert.NotEmpty(AnswerCandidates.Of(sentence, AnswerType.Date, language, Names));

    [Fact]
    public void A_sentence_without_a_length_of_time_holds_no_duration()
    {
        Assert.Empty(AnswerCandidates.Of("Der Verteidiger unterschrieb beim Aufsteiger einen neuen Vertrag.", AnswerType.Duration, "de", Names));
    }

    [Fact]
    public void A_count_the_question_writes_as_a_word_is_not_new_in_digits()
    {
        const string question = "How many entries were there before the jury narrowed the field down to ten?";
        var asked = AnswerCandidates.Asked(question, AnswerType.Number, "en", Names);
        var sentence = AnswerCandidates.Of("Of the 301 entries submitted, the jury kept 10 for the final round.", AnswerType.Number, "en", Names);

        var novel = AnswerCandidates.Novel(sentence, asked);

        Assert.Contains("301", novel);
        Assert.DoesNotContain("10", novel);
    }

    [Fact]
    public void The_role_a_question_asks_about_is_no_new_name()
    {
        var asked = AnswerCandidates.Asked("Who is the chief executive of Kestrel Foods?", AnswerType.Person, "en", Names);
        var sentence = AnswerCandidates.Of("Kestrel Foods Chief Executive said the deal was good for staff.", AnswerType.Person, "en", Names);

        Assert.Empty(AnswerCandidates.Novel(sentence, asked));
    }

    [Theory]
    [InlineData("Beide Verletzten stammen aus dem Landkreis Ostheide.", "de", "landkreis")]
    [InlineData("Der Mann wurde am Flughafen der Hauptstadt festgenommen.", "de", "flughafen")]
    [InlineData("He gave the lecture at his old university, Brookfield College.", "en", "brookfield")]
    [InlineData("The firm reported new gas finds in Norway, the Barents Sea and Ghana.", "en", "ghana")]
    public void An_institution_a_venue_or_a_list_answers_where(string sentence, string language, string key)
    {
        Assert.Contains(AnswerCandidates.NameKey(key), AnswerCandidates.Of(sentence, AnswerType.Place, language, Names));
    }

    [Theory]
    [InlineData("The new tram line would run as far as Ashwick, north of the city.", "en", "ashwick")]
    [InlineData("Die neue Bahnstrecke soll künftig bis nach Dornbach führen.", "de", "dornbach")]
    public void The_place_a_route_reaches_answers_where(string sentence, string language, string key)
    {
        // "How far west would the line go?": the name after "as far as" / "bis nach" is where it goes, even one no
        // dictionary lists as a place.
        Assert.Contains(AnswerCandidates.NameKey(key), AnswerCandidates.Of(sentence, AnswerType.Place, language, Names));
    }

    [Theory]
    [InlineData("Die Straße bleibt gesperrt, um die Sicherheit der Besucher zu gewährleisten.", "de")]
    [InlineData("Die Feier wurde abgesagt, da der Saal nicht rechtzeitig fertig wurde.", "de")]
    [InlineData("The singer cancelled the tour, saying she was too ill to travel.", "en")]
    [InlineData("Hinter dem Ausfall dürfte ein Fehler im Stellwerk stehen.", "de")]
    public void A_purpose_or_a_reported_reason_is_a_cause(string sentence, string language)
    {
        Assert.NotEmpty(AnswerCandidates.Of(sentence, AnswerType.Reason, language, Names));
    }

    [Theory]
    [InlineData("The motorway was built in the 1960s.", "en")]
    [InlineData("Die Kirche stammt aus dem 14. Jahrhundert.", "de")]
    [InlineData("The order was founded in the mid-12th century.", "en")]
    [InlineData("The lake formed about 12,000 years ago.", "en")]
    [InlineData("Die Siedlung entstand vor 800 Jahren.", "de")]
    public void A_decade_a_century_or_a_time_ago_dates_a_fact(string sentence, string language)
    {
        Assert.NotEmpty(AnswerCandidates.Of(sentence, AnswerType.Date, language, Names));
    }

    [Theory]
    [InlineData("What happens when the pump fails?", AnswerType.Other)]
    [InlineData("When the council meets, who chairs the session?", AnswerType.Person)]
    [InlineData("When did the pump fail?", AnswerType.Date)]
    [InlineData("Since when has the pump been broken?", AnswerType.Date)]
    public void When_opening_a_clause_of_another_question_asks_for_no_date(string question, AnswerType expected)
    {
        Assert.Equal(expected, ExpectedAnswerType.Of(question));
    }

    [Theory]
    [InlineData("Zu welchem Preis wurde das Hotel verkauft?", AnswerType.Number)]
    [InlineData("Mit welchem Preis wurde die Physikerin ausgezeichnet?", AnswerType.Named)]
    // A prize won or received is an award; a price paid or asked stays a figure.
    [InlineData("Welchen Preis hat die Regisseurin Lena Holm beim Filmfestival in Graz bekommen?", AnswerType.Named)]
    [InlineData("Welchen Preis gewann der Kurzfilm in Cannes?", AnswerType.Named)]
    [InlineData("Welchen Preis zahlt die Stadt für das Grundstück?", AnswerType.Number)]
    [InlineData("Welchen Preis verlangt der Händler für das Modell?", AnswerType.Number)]
    public void A_price_asks_for_a_figure_and_an_award_does_not(string question, AnswerType expected)
    {
        Assert.Equal(expected, ExpectedAnswerType.Of(question));
    }

    [Theory]
    [InlineData("What was the result of the vote on the budget?")]
    [InlineData("Wie ging die Abstimmung über das Budget aus?")]
    [InlineData("Was war das Ergebnis der Abstimmung im Landtag?")]
    public void The_result_of_a_vote_asks_for_its_tally(string question)
    {
        Assert.Equal(AnswerType.Number, ExpectedAnswerType.Of(question));
    }

    [Theory]
    [InlineData("Who produced the new album?", "en", "producer")]
    [InlineData("Who directed the film?", "en", "director")]
    [InlineData("Who founded the charity?", "en", "founder")]
    [InlineData("Wer hat das Start-up gegründet?", "de", "gründer")]
    [InlineData("Wer leitet künftig das Museum?", "de", "leiter")]
    [InlineData("Wer dirigiert das Konzert?", "de", "dirigent")]
    [InlineData("Who is the chief executive of the bank?", "en", "executive")]
    public void A_who_questions_verb_and_titles_give_the_role_nouns_of_the_answer(string question, string language, string role)
    {
        Assert.Contains(role, RoleNouns.Of(question, language), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Wer war der Agent der verstorbenen Schauspielerin?", "de", "Agent")]
    [InlineData("Wer ist der neue Kurator beim Stadtmuseum?", "de", "Kurator")]
    [InlineData("Who was the engineer who recorded the early tapes?", "en", "engineer")]
    [InlineData("Who was the Nordbank treasurer that stepped down amid the scandal?", "en", "treasurer")]
    public void A_who_question_saying_what_the_person_is_asks_by_that_noun(string question, string language, string role)
    {
        Assert.Contains(role, RoleNouns.Of(question, language), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Wer hat das Museum gegründet?")]
    [InlineData("Who is behind the new label?")]
    public void A_who_question_without_a_noun_after_is_the_gives_none(string question)
    {
        Assert.Null(RoleNouns.CopulaNoun(question));
    }

    [Fact]
    public void A_name_next_to_the_noun_a_who_question_asks_by_is_near_the_asked_noun()
    {
        var near = AnswerCandidates.NearHead("Her agent Tom Varley said she had been too weak for another operation.",
            RoleNouns.Of("Wer war der Agent der verstorbenen Schauspielerin?", "de"), "en", Names);

        Assert.Contains("varley", near);
    }

    [Fact]
    public void A_name_next_to_the_role_noun_is_near_the_asked_noun()
    {
        var near = AnswerCandidates.NearHead("The band's long-time producer Jane Dorrit said the record took a year.",
            RoleNouns.Of("Who produced the record?", "en"), "en", Names);

        Assert.Contains("dorrit", near);
    }

    /// <summary>
    /// "the Irish actor who died", "nachdem der dänische Chef zu Adidas wechselt": a title after a definite article describes
    /// someone the question already has in mind; the name beside it in the article ("Irish actor Dan O'Herlihy") is not the asked one.
    /// </summary>
    [Theory]
    [InlineData("Which film got the Irish actor who died at 85 his Oscar nomination?", "en", "actor")]
    [InlineData("Wer soll den Konzern führen, nachdem der dänische Chef zu Adidas wechselt?", "de", "chef")]
    [InlineData("Which club did the former manager join after he left?", "en", "manager")]
    public void A_title_after_a_definite_article_describes_the_questions_own_subject(string question, string language, string title)
    {
        Assert.DoesNotContain(title, RoleNouns.Of(question, language), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A title the question gives as a role ("Who's the", "Wie heißt die", "the name of the", "named the new") is the asked one.</summary>
    [Theory]
    [InlineData("Who's the president of Sumitomo Mitsui Financial?", "en", "president")]
    [InlineData("Wie heißt die Präsidentin des italienischen Frächterverbands?", "de", "präsidentin")]
    [InlineData("What is the name of the coach of the national team?", "en", "coach")]
    [InlineData("Who was named the new manager of the club?", "en", "manager")]
    [InlineData("Who chaired the inquiry?", "en", "chairman")]
    public void A_title_the_question_gives_as_the_asked_role_stays_a_role_noun(string question, string language, string title)
    {
        Assert.Contains(title, RoleNouns.Of(question, language), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_name_before_the_asked_noun_after_an_indefinite_determiner_names_no_particular_one()
    {
        Assert.Empty(AnswerCandidates.NearHead("It is unlikely that Newcastle would allow him to go on loan to another Premiership club.", "club", "en", Names));
        Assert.Contains("birmingham", AnswerCandidates.NearHead("He joined Premiership club Birmingham on loan.", "club", "en", Names));
    }

    [Theory]
    [InlineData("Sie folgt damit auf Karl Moos, der nach Hallstadt wechselt.", true)]
    [InlineData("Sie übernimmt die Leitung im Jänner.", true)]
    [InlineData("Sie folgen damit dem Beispiel der Nachbarn.", false)]
    public void A_sentence_opening_with_she_refers_back_to_a_person(string sentence, bool refersBack)
    {
        Assert.Equal(refersBack, NamingSentence.RefersBack(sentence, "de"));
    }

    /// <summary>The doer of an action named in the passive ("directed by ...", "von ... inszeniert", "(Regie: ...)"), for the action asked (<see cref="AskedAgentLeadTests"/>).</summary>
    [Theory]
    [InlineData("The low-budget film, directed by Ellen Marsh, follows a fisherman.", "en", "directed", "marsh")]
    [InlineData("Ms Holt is to be replaced by Maria Lenz, a director.", "en", "replaced", "lenz")]
    [InlineData("Das von Ellen Marsh inszenierte Drama erzählt von einem Fischer.", "de", "inszenierte", "marsh")]
    [InlineData("Der Kanarienvogel (Regie: Lena Wirth) läuft bis Ende Mai.", "de", "Regie", "wirth")]
    // The doer after its description, a hyphenated name, the asked participle second of two joined ones.
    [InlineData("Das Stück wurde von der unabhängigen Theaterpädagogin Eva Lindner-Roth gestaltet und gespielt.", "de", "gespielt", "eva")]
    [InlineData("Die Lücke wurde von dem ungarischen Forscher Paul Varga entdeckt.", "de", "entdeckt", "varga")]
    [InlineData("The leak was exposed by the Romanian hacker Paul Varga last year.", "en", "exposed", "varga")]
    // A date or place between the participle and "by".
    [InlineData("The studio was founded in 1987 by Karl Weber and engineer Ida Holm.", "en", "founded", "weber")]
    [InlineData("The statue was unveiled on Sunday by Tilda Brandt, the town's mayor.", "en", "unveiled", "brandt")]
    // A title or origin before the name without an article.
    [InlineData("The film is to be directed by Dutch-born Piet Vermeer, who made music videos.", "en", "directed", "vermeer")]
    [InlineData("Das von Regisseur Ellen Marsh inszenierte Drama erzählt von einem Fischer.", "de", "inszenierte", "marsh")]
    public void The_doer_of_the_asked_action_is_read(string sentence, string language, string action, string key) =>
        Assert.Contains(key, ActionAgents.Of(sentence, language, Names, w => w == action));

    [Theory]
    [InlineData("The low-budget film, directed by Ellen Marsh, follows a fisherman.", "en")]
    [InlineData("Previous films include the drama Still Water by Otto Brenner.", "en")]
    [InlineData("Das von Ellen Marsh inszenierte Drama erzählt von einem Fischer.", "de")]
    public void Another_action_s_doer_is_not_the_asked_one(string sentence, string language) =>
        Assert.Empty(ActionAgents.Of(sentence, language, Names, w => w is "won" or "gewonnen"));

    [Theory]
    [InlineData("Who was replaced by Maria Lenz?")]
    [InlineData("Wer wurde von Maria Lenz ersetzt?")]
    public void A_question_naming_its_own_doer_asks_for_another_role(string question) =>
        Assert.True(ActionAgents.IsPassive(question));
}
