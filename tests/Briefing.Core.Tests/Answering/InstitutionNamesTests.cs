using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, unanswerable questions answered: "In which hospital did the actress die?" over "… has died of lung cancer
/// aged 55" quoted the sentence of her death, whose names (her TV series) are no hospital. English names a hospital,
/// a hotel or a prison with its noun in the name; a sentence that names none does not answer. All articles are invented.
/// </summary>
public sealed class InstitutionNamesTests : InventedArticlesTest
{
    public InstitutionNamesTests()
    {
        Folder.Write("news/actress.txt", """
            Harbour Lights actress Mara Quill dies
            Actress Mara Quill, who appeared in Harbour Lights and Kelby Road, has died of lung cancer aged 61.
            Quill, who played the landlady Rose Finch in Harbour Lights for ten years, died on Saturday.
            """);
        Folder.Write("news/keeper.txt", """
            Kelby goalkeeper Tom Redd has knee surgery
            Kelby goalkeeper Tom Redd had knee surgery at the Lindholm Royal Infirmary on Tuesday.
            He will be out for six weeks, the club said.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_hospital_no_sentence_names_is_not_answered_by_the_sentence_of_the_death()
    {
        var reply = await Engine.AskAsync("In which hospital did the Harbour Lights actress Mara Quill die?");

        Assert.True(reply.Abstained, reply.Text);
    }

    [Fact]
    public async Task A_hospital_named_with_its_noun_answers()
    {
        var reply = await Engine.AskAsync("In which hospital did Kelby goalkeeper Tom Redd have his knee surgery?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("Lindholm Royal Infirmary", reply.Text);
    }

    [Theory]
    [InlineData("She died at the Royal Free Hospital in London.", true)]
    [InlineData("He was taken to St Mary's hospital in Paddington.", true)]
    [InlineData("He stayed at the Hospital of St John and St Elizabeth.", true)]
    [InlineData("She was treated at the Hospital Clinic in Barcelona.", true)]
    [InlineData("He was due to have a hospital scan on Monday, while Gloucester centre Henry Paul limped out.", false)]
    [InlineData("I told the hospital, which was an Olympics-accredited hospital, to call the IOC.", false)]
    [InlineData("Hospital staff said she died on Saturday.", false)]
    public void A_hospital_is_named_by_a_name_before_its_noun(string sentence, bool named) =>
        Assert.Equal(named, InstitutionNames.IsNamedIn(sentence, "hospital"));

    [Theory]
    [InlineData("Which hospital did he go to for his scan?", "hospital")]
    [InlineData("In which hotel was the singer staying?", "hotel")]
    [InlineData("Which university is Raj Reddy at?", null)]
    [InlineData("In welchem Spital kam er zur Welt?", null)]
    public void Only_kinds_whose_English_names_carry_the_noun_are_asked(string question, string? kind) =>
        Assert.Equal(kind, InstitutionNames.AskedKind(question, question.StartsWith("In welchem") ? "de" : "en"));
}
