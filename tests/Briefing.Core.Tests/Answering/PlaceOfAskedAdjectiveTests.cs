using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "In welcher bayerischen Stadt …?": the question names Bavaria by its adjective, so "in Bayern" is no new place in the
/// sentence that restates it; the city is what is asked. Adjective and place share no stem the endings derive
/// (bayer-isch / Bay-ern), so the family list says it (<see cref="AskedPlaceFamilies"/>). Only for where-questions.
/// </summary>
public sealed class PlaceOfAskedAdjectiveTests
{
    [Fact]
    public void A_place_the_question_names_by_its_adjective_is_no_new_place()
    {
        const string question = "In welcher bayerischen Stadt wird der Fall untersucht?";
        var asked = AskedPlaceFamilies.With(new HashSet<string> { "bayerischen", "stadt", "fall" }, question, "de", AnswerType.Place);

        Assert.Empty(AnswerCandidates.Novel(new HashSet<string> { "bayern" }, asked));
        Assert.Equal(["rosenheim"], AnswerCandidates.Novel(new HashSet<string> { "bayern", "rosenheim" }, asked));
    }

    [Fact]
    public void An_english_question_s_adjective_names_the_german_place_too()
    {
        var asked = AskedPlaceFamilies.With(new HashSet<string> { "french", "town" }, "In which French town did the strike start?", "en", AnswerType.Place);

        Assert.Empty(AnswerCandidates.Novel(new HashSet<string> { "frankreich", "france" }, asked));
    }

    [Fact]
    public void A_who_question_keeps_the_place_as_a_possible_answer()
    {
        const string question = "Welcher bayerische Verein hat den Stürmer geholt?";
        var asked = AskedPlaceFamilies.With(new HashSet<string> { "bayerische", "verein" }, question, "de", AnswerType.Organisation);

        Assert.Equal(["bayern"], AnswerCandidates.Novel(new HashSet<string> { "bayern" }, asked));
    }
}
