using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, which-questions answered with the sentence that restates the question: the asked thing's version or model
/// ("Welche GNOME-Version ...?" → "GNOME 3.18") is the name with its number, which the question's own name alone does
/// not give. Sentences invented.
/// </summary>
public sealed class AskedClassNameTests
{
    private static readonly NameDetector Names = new(new WordTermStatistics(), []);

    [Theory]
    [InlineData("Die Neuerung ist für Gnomix 3.18 geplant.", "de", "gnomix 3.18")]
    [InlineData("Version 9 ist eine Abwandlung von Android 6.0 Marshmallow.", "de", "android 6")]
    [InlineData("The feature is planned for Gnomix 3.18 next spring.", "en", "gnomix 3.18")]
    [InlineData("He said he had bought a Glock 26 six months ago.", "en", "glock 26")]
    public void A_name_with_its_number_is_one_candidate(string sentence, string language, string key)
    {
        var question = language == "de" ? "Auf welcher Gnomix-Version basiert Nordmod 9?" : "Which Gnomix version will have the feature?";
        var asked = AnswerCandidates.Asked(question, AnswerType.Named, language, Names);

        var all = AnswerCandidates.Of(sentence, AnswerType.Named, language, Names, "Version");
        Assert.True(AnswerCandidates.Novel(all, asked).Contains(key), string.Join("|", all) + " // " + string.Join("|", asked));
    }

    [Theory]
    [InlineData("Version 9 ist eine Abwandlung von Android.", "Auf welcher Android-Version basiert Nordmod 9?", "de")]
    [InlineData("The Nordmod 9 release was announced in November.", "Which Android version is Nordmod 9 based on?", "en")]
    [InlineData("Die Saison 2016 beginnt im Mai.", "Welche Saison beginnt im Mai?", "de")]
    public void The_question_s_own_number_or_a_year_is_no_new_version(string sentence, string question, string language)
    {
        var asked = AnswerCandidates.Asked(question, AnswerType.Named, language, Names);

        Assert.DoesNotContain(AnswerCandidates.Novel(AnswerCandidates.Of(sentence, AnswerType.Named, language, Names, "Version"), asked), k => k.Any(char.IsDigit));
    }
}
