using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Where was the actor Dan O'Herlihy born?" was answered by "O'Herlihy … died at his home in Malibu": the sentence is
/// about the asked subject and holds a place, but tells another of its events (ActFamilies, AnotherActOfSubject). All
/// articles are invented.
/// </summary>
public sealed class AnotherActOfSubjectTests : InventedArticlesTest
{
    public AnotherActOfSubjectTests()
    {
        Folder.Write("news/carrow.txt", """
            Stage actor Niall Carrow dies
            Irish stage actor Niall Carrow, who was nominated for a Tony award in 1961, has died at the age of 88.
            Carrow died at his home in Santa Barbara, California, his agent said.
            He played in more than forty productions on Broadway.
            """);
        Folder.Write("news/vessey.txt", """
            Painter Ruth Vessey dies
            The painter Ruth Vessey has died at the age of 79.
            Vessey was born in Galway and trained in Paris.
            She died in a hospice in Lyon, her family said.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Where was the actor Dan O'Herlihy born?", "O'Herlihy died at his home in Malibu, California, a spokesman said.")]
    [InlineData("Wo wurde der Schauspieler geboren?", "Der Schauspieler starb in seinem Haus in Malibu.")]
    [InlineData("Who took over from Amit Yoran at the division?", "Mr Yoran left his post abruptly at the end of last week.")]
    [InlineData("Wann wurde das Hallenbad eröffnet?", "Das Hallenbad wurde am 3. März geschlossen.")]
    [InlineData("When was the activist freed from prison?", "The activist was arrested in Minsk on 4 May.")]
    public void A_sentence_that_tells_another_act_of_the_family_tells_another_event(string question, string sentence) =>
        Assert.True(ActFamilies.TellsAnotherAct(question, sentence));

    [Theory]
    // The asked act written beside the other one: the sentence may tell the asked event.
    [InlineData("Where was the actor born?", "The actor, who was born in Dublin, died in Malibu.")]
    [InlineData("Who took over from Yoran?", "Yoran resigned last week and Andy Purdy took over as acting director.")]
    // A pardon frees: "Wie viele hat er freigelassen?" is told by "sechs inhaftierte Oppositionsführer begnadigt".
    [InlineData("Wie viele Regimegegner hat der Machthaber freigelassen?", "Der Staatschef hat sechs inhaftierte Oppositionsführer begnadigt.")]
    // A sale and a purchase are one event's two sides, no family: "X sold the stake to Y" names the buyer.
    [InlineData("Who bought the stake in Air Deccan?", "Air Deccan sold the stake to a US investor.")]
    // The question asks both acts of the family: either answers.
    [InlineData("Who replaced the director after he resigned?", "The director left in May.")]
    // "leave" as a noun asks no one to leave: a post taken over is no other act of it.
    [InlineData("When was the parental leave scheme introduced?", "The new government took over the scheme in 2004.")]
    // A sentence that writes no act of the family may word the asked one otherwise.
    [InlineData("Where was the actor born?", "The actor grew up in Dublin.")]
    public void A_sentence_that_tells_the_asked_act_or_none_of_its_family_may_answer(string question, string sentence) =>
        Assert.False(ActFamilies.TellsAnotherAct(question, sentence));

    [Theory]
    // Word-bounded: "quite" is no "quit", "anschließend" and "schließlich" close nothing, nor a "shuttle" or a close final.
    [InlineData("Who took over from Amit Yoran at the division?", "Yoran had been quite critical of the department's plans.")]
    [InlineData("Wann wurde das Museum eröffnet?", "Das Museum wurde anschließend im Mai 2010 seiner Bestimmung übergeben.")]
    [InlineData("Wann wurde das Museum eröffnet?", "Das Museum zeigt ausschließlich Werke aus der Region.")]
    [InlineData("When did the airport terminal open?", "A shuttle runs from the terminal to the city every ten minutes.")]
    [InlineData("When did the stadium open?", "The stadium saw a close final in 2004.")]
    [InlineData("Wann wurde der Flughafen eröffnet?", "Der Vertrag für den Flughafen wurde im Mai abgeschlossen.")]
    // The shared lists' looser forms: "gleichen" holds no "leichen", "governing bodies" and a "tote bag" no dead, a
    // "Geburtstag" no birth.
    [InlineData("Wo wurde der Schauspieler geboren?", "Im gleichen Jahr zog der Schauspieler nach Wien.")]
    [InlineData("Where was the athlete born?", "The athlete was cleared by the sport's governing bodies in Lausanne.")]
    [InlineData("Where was the designer born?", "The designer sold a tote bag in Milan.")]
    [InlineData("Wann ist der Dichter gestorben?", "Der Dichter feierte seinen Geburtstag in Salzburg.")]
    // "success" takes over nothing: "When did Yoran quit?" is not vetoed by the division's success.
    [InlineData("When did Amit Yoran quit?", "Under Yoran the division was a success in 2003.")]
    // "entlassen" alone is a coach fired, no release from custody.
    [InlineData("Wann wurde der Trainer festgenommen?", "Der Trainer wurde im März entlassen.")]
    public void A_word_of_another_sense_tells_no_act(string question, string sentence) =>
        Assert.False(ActFamilies.TellsAnotherAct(question, sentence));

    [Theory]
    // A family put in play only through another sense of the question's word asks no act: the tournament "Open", a
    // player "left out", a castle "Schloss", an event "held", a town "close to" the border, a market's close at a level.
    [InlineData("Wer hat 2012 das Generali Open in Kitzbühel gewonnen?", "Im Finale setzte sich schließlich Robin Haase durch.")]
    [InlineData("Who won the Qatar Open?", "Federer won in Doha after the tournament closed its gates to the public.")]
    [InlineData("Why was Danny Cipriani left out of England's squad?", "Toby Flood replaces Cipriani at fly-half.")]
    [InlineData("Was wurde im Schloss Ebenzweier gezeigt?", "Das Schloss wurde 1990 eröffnet.")]
    [InlineData("Where will the next Ryder Cup be held?", "The players were freed from their contracts in Wales.")]
    [InlineData("Which town close to the border was shelled?", "Troops opened fire on Tal Abyad near the Turkish border.")]
    [InlineData("At what level did the Nikkei close at the end of 2008?", "The Nikkei average ended the year at 8,859.56, after opening 2008 above 15,000.")]
    public void A_question_word_of_another_sense_asks_no_act(string question, string sentence) =>
        Assert.False(ActFamilies.TellsAnotherAct(question, sentence));

    [Theory]
    // The verb senses still ask their act, and a sentence of the family's other act is still read as another event.
    [InlineData("When did the factory close?", "The factory opened in 1962.")]
    [InlineData("When will the museum open?", "The museum will close for a year.")]
    [InlineData("Whom did the chairman appoint after the manager left?", "Frank Lane took over as manager in May.")]
    [InlineData("Where were the hostages held hostage?", "The hostages were freed from a cellar in Basra.")]
    [InlineData("Wann wurde der Reporter aus der Haft entlassen?", "Der Reporter wurde im Mai in Teheran festgenommen.")]
    public void The_verb_sense_still_asks_its_act(string question, string sentence) =>
        Assert.True(ActFamilies.TellsAnotherAct(question, sentence), question);

    [Fact]
    public async Task A_birthplace_is_not_answered_by_the_place_of_death()
    {
        var reply = await Engine.Answers.AskAsync(new("Where was the actor Niall Carrow born?") { Trace = true }, CancellationToken.None);

        Assert.True(reply.Abstained, reply.Text);
        Assert.Contains(reply.Trace, line => line.Contains("tells another act of the subject", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lead_about_someone_else_is_not_about_the_asked_subject()
    {
        var names = new NameDetector(new NoTermStatistics(), []);

        Assert.True(AnotherActOfSubject.IsAboutAskedSubject("Carrow died at his home in Santa Barbara.", "Where was the actor Niall Carrow born?", "en", names));
        Assert.True(AnotherActOfSubject.IsAboutAskedSubject("The museums closed in May.", "Which museum opened in Leeds?", "en", names));
        Assert.False(AnotherActOfSubject.IsAboutAskedSubject("His brother died at his home in Santa Barbara.", "Where was the actor Niall Carrow born?", "en", names));
    }

    [Fact]
    public async Task A_birthplace_the_article_tells_still_answers()
    {
        var reply = await Engine.AskAsync("Where was the painter Ruth Vessey born?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("Galway", reply.Text);
    }
}
