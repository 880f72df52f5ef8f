using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Unanswerable questions whose article speaks of the asked thing without naming it: "Which hotel …?" over "police held
/// him at his hotel" (the sentence's other name, the concert venue, is not the hotel), and "Who replaces her?" over an
/// article that says guest presenters stand in until a replacement is found. The bot abstains; a named hotel and the
/// article's other facts still answer. All articles are invented.
/// </summary>
public sealed class AskedFactUnnamedTests : InventedArticlesTest
{
    public AskedFactUnnamedTests()
    {
        Folder.Write("news/singer.txt", """
            Singer held after concert scuffle in Kelby
            Police held the singer Tom Vale at his hotel after his concert at the Harbour Pavilion in Kelby on Friday.
            A fan had climbed onto the stage during the show, his manager Rita Holm said.
            Vale was released without charge on Saturday.
            """);
        Folder.Write("news/minister.txt", """
            Trade minister visits Norby
            The trade minister Anna Lind stayed at the Hotel Nordstern during her two-day visit to Norby.
            She met the town's mayor on Tuesday to talk about the new harbour.
            """);
        Folder.Write("news/presenter.txt", """
            Jane Marlow quits Wake Up Kelby
            Jane Marlow has resigned as host of the breakfast show Wake Up Kelby after five years.
            The 31-year-old host who also presents Star Kitchen said she wanted to concentrate on new projects.
            Marlow will host her last show on 2 April and guest presenters will stand in until a replacement is found.
            """);
        Folder.Write("news/bus.txt", """
            Pilgerbus verunglückt in Kerala
            Neu-Delhi – Bei einem Unglück im Bundesstaat Kerala sind am Sonntag zwölf Pilger ums Leben gekommen.
            Dabei stürzte der Pilgerbus in einen Fluss.
            Einziger Überlebender der Fahrt vom berühmten Sabarimala-Tempel in Kerala war ein Bub.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_hotel_the_article_never_names_is_not_answered_by_the_venue_beside_it()
    {
        var reply = await Engine.AskAsync("Which hotel was Tom Vale staying at in Kelby when police held him?");

        Assert.True(reply.Abstained, reply.Text);
        Assert.Empty(reply.Citations);
    }

    [Fact]
    public async Task A_river_the_sentence_of_the_crash_leaves_unnamed_is_not_answered_by_the_temple_of_another_sentence()
    {
        var reply = await Engine.AskAsync("In welchen Fluss stürzte der Pilgerbus in Kerala?");

        Assert.True(reply.Abstained, reply.Text);
    }

    [Fact]
    public async Task A_named_hotel_still_answers()
    {
        var reply = await Engine.AskAsync("Which hotel did the trade minister Anna Lind stay at in Norby?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("Nordstern", reply.Text);
    }

    [Fact]
    public async Task A_successor_still_being_sought_is_no_answer_to_who_replaces_her()
    {
        var reply = await Engine.AskAsync("Who is replacing Jane Marlow as the host of Wake Up Kelby?");

        Assert.True(reply.Abstained, reply.Text);
    }

    [Fact]
    public async Task The_same_article_still_says_when_she_leaves()
    {
        var reply = await Engine.AskAsync("When will Jane Marlow host her last Wake Up Kelby show?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("2 April", reply.Text);
    }

    [Theory]
    [InlineData("Police held the singer at his hotel after the concert.", "hotel", "en", true)]
    [InlineData("Der Lieferwagen stürzte von einer Brücke in einen Fluss.", "Fluss", "de", true)]
    [InlineData("Angreifer attackierten eine Luftwaffenbasis im Norden.", "Luftwaffenbasis", "de", true)]
    [InlineData("Das Dorf ist bekannt für seine roten Holzhäuser am See.", "Häuser", "de", false)]
    [InlineData("The minister stayed at his hotel, the Nordstern, for two days.", "hotel", "en", false)]
    [InlineData("He went for a hospital scan on Monday.", "hospital", "en", false)]
    [InlineData("Die Firma bietet eine Quote von 25 Prozent an.", "Quote", "de", false)]
    [InlineData("Sie nannte das Lindenhaus, ein Heim für Jugendliche in Graz.", "Heim", "de", false)]
    [InlineData("The group met at the Hotel Nordstern.", "hotel", "en", false)]
    [InlineData("Kell will defend his 400m title at the indoor trials.", "title", "en", false)] // the figure says which title
    [InlineData("Sie verteidigt ihren 1500-m-Titel in Wien.", "Titel", "de", false)]
    [InlineData("Sie stellte der Akademie ein Papier mit dem Titel „Über die Gezeiten“ vor.", "Papier", "de", false)]
    [InlineData("Neu im Programm war „Die Lindenhof-Saga“: ein aufwendiges Drama über eine Familie.", "Drama", "de", false)]
    public void A_noun_after_an_indefinite_or_possessive_article_with_no_name_beside_it_is_unnamed(string sentence, string head, string language, bool unnamed)
    {
        Assert.Equal(unnamed, UnnamedMention.OnlyIn(sentence, head, language));
    }

    [Theory]
    [InlineData("A man was shot in the leg outside the studios.", "man", true)]
    [InlineData("A man, Paul Hendry, was shot in the leg.", "man", false)]
    [InlineData("A man from the Isle of Man was shot.", "man", false)]
    [InlineData("Rabat – In Marokko ist ein Belgier mit Verbindungen zu den Attentätern festgenommen worden.", "Belgier", true)]
    [InlineData("Der zwölfjährige Schwede Erik Lindqvist hat einen Fehler gefunden.", "Schwede", false)]
    public void A_short_noun_of_people_is_read_as_a_whole_word(string sentence, string noun, bool unnamed)
    {
        var language = noun == "man" ? "en" : "de";
        Assert.Equal(unnamed, UnnamedMention.OnlyIn(sentence, noun, language, person: true));
        // A short head of a thing is still not read: "Ort", "Tag" end too many words.
        if (noun == "man") Assert.False(UnnamedMention.OnlyIn(sentence, noun, language));
    }

    [Theory]
    [InlineData("Which hospital did the striker go to?", "hospital")]
    [InlineData("Which national team did she play for?", "team")]
    public void A_noun_with_an_adjectives_ending_before_a_verb_is_the_asked_head(string question, string head)
    {
        Assert.Equal(head, AskedHead.Of(question));
    }

    [Theory]
    [InlineData("Welche Art Helm trugen die Feuerwehrleute?", true)]
    [InlineData("What kind of engine powers the new ferry?", true)]
    [InlineData("Welcher Helm wurde getestet?", false)]
    public void A_question_for_a_kind_asks_for_a_description_not_a_name(string question, bool kind)
    {
        Assert.Equal(kind, UnnamedMention.AsksForAKind(question));
    }
}
