using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, unanswerable near-misses answered on the lead's unseen probe: an article about the same trial that names
/// another "John" and another "Ray" is not about spokesman John Ray, in whichever language it is asked; a sum of money
/// asked ("how much compensation") is not answered by a count of jobs or a consultation period.
/// </summary>
public sealed class SomeoneElseOfTheSameNameTests : InventedArticlesTest
{
    // The English dictionary lists "john" and "ray" as words; the German one does not know them.
    private const string EnglishGerman = """
        john /dʒˈɒn/
        Klo <neut>
        ---
        ray /ɹˈeɪ/
        Strahl <masc>
        ---
        spokesman /spˈəʊksmən/
        Sprecher <masc>
        """;

    private const string GermanEnglish = """
        Sprecher /ʃpʁɛçɐ/ <masc>
        spokesman, speaker
        """;

    public SomeoneElseOfTheSameNameTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/prozess.txt", """
            Prozess gegen Baukonzern Nordhaus fortgesetzt
            Hamburg – Im Prozess gegen den Baukonzern Nordhaus hat am Dienstag der frühere Finanzchef ausgesagt.
            Er habe von den Zahlungen an Beamte nichts gewusst, sagte er vor dem Landgericht.
            Der Anwalt John Miller kündigte an, weitere Zeugen zu laden.
            Der Sprecher des Gerichts, Thomas Ray, sagte, ein Urteil werde im Mai erwartet, weil noch Zeugen fehlen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_name_written_alike_in_both_languages_is_not_shown_by_its_words_apart_in_the_other()
    {
        var answer = await Engine.AskAsync("Why was spokesman John Ray dismissed?");

        Assert.True(answer.Abstained, answer.Text);
        Assert.Contains("John Ray", answer.Text);
    }

    [Fact]
    public async Task An_english_first_name_after_a_title_in_a_german_question_is_a_name()
    {
        var answer = await Engine.AskAsync("Warum wurde Sprecher John Ray entlassen?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task The_other_john_and_ray_still_answer_about_themselves()
    {
        var answer = await Engine.AskAsync("Was sagte Thomas Ray über das Urteil?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Mai", answer.Text);
    }

    [Theory]
    [InlineData("How much compensation are the 40 laid-off miners getting?")]
    [InlineData("How much severance pay did the staff receive?")]
    [InlineData("Wie viel Entschädigung bekommen die Opfer?")]
    [InlineData("Wie hoch ist die Abfindung für die Bergleute?")]
    public void What_is_paid_out_or_owed_is_money(string question) =>
        Assert.Equal(AskedUnit.Measure.Money, AskedUnit.Of(question)?.Kind);
}
