using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie schwer ist das iWork 11 ohne Tastatur?" over "274 x 172 x 10,5 Millimeter misst das Tablet bei 680 Gramm Gewicht."
/// (probe26-017), "Für wie lange hat Peter Hlinka unterschrieben?" over "Nun erhielt der Mittelfeldspieler einen
/// Einjahresvertrag" (probe3-009): the report states its subject's figure under a generic noun, so the sentence repeats too
/// little of the question to lead ("too little of the question") and the question abstained. When the first-ranked article
/// states the asked specific measure exactly once, in a sentence that names no party of its own, that figure answers
/// (<c>SoleMeasureOfArticle</c>). All articles are invented.
/// </summary>
public sealed class SoleMeasureOfArticleTests : InventedArticlesTest
{
    public SoleMeasureOfArticleTests()
    {
        Folder.Write("news/nortab.txt", """
            Nortab 11 review: a light tablet with a weak keyboard
            Velora has launched the Nortab 11, a Windows tablet that comes with a detachable keyboard and a stylus. The Nortab 11 runs on a current chip and its screen is bright and sharp. Reviewers liked the pen input and the sturdy case.

            Battery life is good for a full working day. The device measures 274 by 172 millimetres at 680 grams (1.5 pounds). Speakers are loud enough for a small room, and the camera is adequate for video calls.
            """);
        Folder.Write("news/kestrel.txt", """
            Kestrel K8 tablet goes on sale
            Kestrel has begun selling the K8, a small tablet aimed at students. The K8 has a ten-inch screen and a keyboard cover. Reviewers found the keyboard cramped but the screen sharp.

            Battery life is good for a full school day. The device measures 240 by 165 millimetres at 530 grams. Its speakers are quiet, and the camera struggles in dim light.
            """);
        Folder.Write("news/tarnic.txt", """
            Tarnic 8 review: a sturdy tablet for field work
            Brevan has launched the Tarnic 8, a rugged tablet that comes with a rubber case and a stylus. The Tarnic 8 runs on an older chip and its screen is readable in sunlight. Reviewers liked the sealed ports and the bright display.

            Battery life is long enough for two days. The device measures 250 by 168 millimetres at 910 grams in the rubber case and 640 grams bare. Speakers are faint, and the camera is adequate for photos of documents.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_one_weight_of_the_first_article_answers_under_a_generic_noun()
    {
        // "at 680 grams (1.5 pounds)": the bracketed figure restates the one before it and is no second weight.
        var answer = await Engine.AskAsync("How heavy is the Nortab 11 without its keyboard?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("680 grams", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Another_products_weight_is_no_answer()
    {
        // The question's rarest name is in no article: the weight of the Kestrel K8 is not the asked tablet's.
        var answer = await Engine.AskAsync("How heavy is the Quillpad 5 without its keyboard?");
        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task A_sentence_with_two_weights_states_no_sole_figure()
    {
        // "at 910 grams in the rubber case and 640 grams bare": which one is asked the sentence's words must say, and they
        // repeat too little of the question.
        var answer = await Engine.AskAsync("How heavy is the Tarnic 8 without its stylus?");
        Assert.DoesNotContain("910 grams", answer.Citations.FirstOrDefault()?.Quote ?? "");
    }
}
