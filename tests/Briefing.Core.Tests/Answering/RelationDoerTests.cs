using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A who-question's relation said in the article's own words (issue 10): "Who runs …?" over "Internatsleiterin Anna
/// Biryukowa", "Wer hat geantwortet?" over "reagierte am Sonntag Vizepräsidentin Renate Anderl". The name beside the
/// relation's word is its doer, which answers before a sentence that restates the question's nouns. Sentences invented.
/// </summary>
public sealed class RelationDoerTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("Wer hat für den Gewerkschaftsbund auf die Kritik geantwortet?", "Für den ÖGB reagierte am Sonntag Vizepräsidentin Renate Anderl.", "de", "Anderl")]
    [InlineData("Who stepped in for the injured captain?", "Mark Hollis replaced the captain after ten minutes.", "en", "Hollis")]
    [InlineData("Wer übernimmt die Leitung des Museums?", "Ab Jänner übernimmt Klara Brenner das Haus am Ring.", "de", "Brenner")]
    [InlineData("Who was behind the attack on the embassy?", "The group Red Dawn claimed responsibility on Monday.", "en", "Dawn")]
    public void The_name_beside_the_relations_own_word_is_its_doer(string question, string sentence, string language, string name) =>
        Assert.Contains(AnswerCandidates.NameKey(name), RelationDoers.Of(sentence, RelationParaphrases.WithDoerIn(question), language, Names, AnswerType.Person));

    [Theory]
    // A clause break: the name belongs to another clause than the relation's word.
    [InlineData("Who stepped in for the injured captain?", "The coach praised Mark Hollis, and the captain was replaced at half-time.", "en")]
    // The relation's word is the name itself.
    [InlineData("Wer hat auf die Kritik geantwortet?", "\"Die Karte ist ein Arbeitsdokument\", erklärt Herbert Hansen von Respond.", "de")]
    public void A_name_apart_from_the_relations_word_is_no_doer(string question, string sentence, string language) =>
        Assert.Empty(RelationDoers.Of(sentence, RelationParaphrases.WithDoerIn(question), language, Names, AnswerType.Person));

    /// <remarks>
    /// A report names every winner beside "won" and every scorer beside "scored"/"traf": who won or scored what is left
    /// to the asked noun and the question's other words.
    /// </remarks>
    [Theory]
    [InlineData("Who won best actor at the awards?")]
    [InlineData("Who scored the winner for Hull?")]
    [InlineData("Wer traf für Rapid zum Ausgleich?")]
    public void A_win_or_a_goal_is_no_relation_read_for_its_doer(string question) =>
        Assert.Empty(RelationParaphrases.WithDoerIn(question));

    [Theory]
    [InlineData("Wer hat den Elfer verwandelt?", true)]
    [InlineData("Who scored the late try?", true)]
    [InlineData("Which coach took over the team?", true)]
    [InlineData("Wen besiegte der Niederösterreicher im Endspiel?", false)]
    [InlineData("Who did Thiem beat in the final?", false)]
    [InlineData("Who is the rector taking over from?", false)]
    public void Only_a_question_for_the_subject_asks_for_the_doer(string question, bool subject) =>
        Assert.Equal(subject, RelationDoers.AsksForSubject(question));
}
