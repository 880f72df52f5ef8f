using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Who …?" is often answered by a group or role, not a name ("Volunteers will clean …", "Studenten protestierten …"):
/// the sentence that tells the asked action of such a group answers (issue 10), not a neighbour that names someone.
/// Wording invented.
/// </summary>
public sealed class GroupAnswersWhoTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Groups_are_person_nouns_but_not_generic_words_or_verbs()
    {
        var groups = PersonNouns.GroupsIn("Studenten und viele Menschen protestierten, nachdem Soldaten zwei Demonstranten getötet hatten.").ToList();

        Assert.Equal(["Studenten", "Soldaten", "Demonstranten"], groups);
    }

    [Fact]
    public async Task The_group_doing_the_asked_action_answers_who()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/storm.txt", """
            Storm damage at Marlow Bay
            The storm hit Marlow Bay on Sunday night and left the shore covered in debris from the Rosslyn pier. From Monday, volunteers will clean the beaches of Marlow Bay. The harbour stays closed.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Who will clean the beaches of Marlow Bay?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("volunteers", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
