using Briefing.Telegram.Replies;
using Briefing.Telegram.Tests.Support;

namespace Briefing.Telegram.Tests.Replies;

public class HtmlReplyRendererTests
{
    [Fact]
    public void User_and_article_text_is_escaped_and_shown_literally()
    {
        var reply = new ReplyBuilder().Bold("<b>Fett</b> & \"so\"").Text(" <script>x</script> &amp;").Build();

        var html = Assert.Single(HtmlReplyRenderer.Render(reply));

        Assert.Null(TelegramHtmlValidator.Validate(html));
        Assert.Equal("<b>Fett</b> & \"so\" <script>x</script> &amp;", TelegramHtmlValidator.VisibleText(html));
    }

    [Fact]
    public void Quotes_become_expandable_blockquotes_and_links_keep_their_url()
    {
        var reply = new ReplyBuilder().Link("Titel", "https://example.org/a?x=1&y=\"2\"").Quote("Zitat").Build();

        var html = Assert.Single(HtmlReplyRenderer.Render(reply));

        Assert.Null(TelegramHtmlValidator.Validate(html));
        Assert.Contains("<a href=\"https://example.org/a?x=1&amp;y=%222%22\">Titel</a>", html);
        Assert.Contains("<blockquote expandable>Zitat</blockquote>", html);
    }

    [Fact]
    public void Non_http_links_stay_plain_text()
    {
        var reply = new ReplyBuilder().Link("click", "javascript:alert(1)").Build();

        Assert.Equal("click", Assert.Single(HtmlReplyRenderer.Render(reply)));
    }

    [Theory]
    [InlineData(6_000)]
    [InlineData(20_000)]
    public void Long_replies_are_split_into_valid_parts_within_the_limit_without_losing_text(int length)
    {
        var sentence = "Die <SCO> & ihre Partner trafen sich in Tianjin, sagte „Lawrow“. ";
        var body = string.Concat(Enumerable.Repeat(sentence, length / sentence.Length + 1))[..length];
        var reply = new ReplyBuilder().Bold("Antwort").Paragraph().Text(body).Quote(body[..5000]).Build();

        var parts = HtmlReplyRenderer.Render(reply);

        Assert.True(parts.Count >= 2);
        Assert.All(parts, part =>
        {
            Assert.True(part.Length <= HtmlReplyRenderer.MaxMessageLength);
            Assert.Null(TelegramHtmlValidator.Validate(part));
        });
        var visible = string.Concat(parts.Select(TelegramHtmlValidator.VisibleText));
        Assert.Equal(Normalize("Antwort" + body + body[..5000]), Normalize(visible));
    }

    [Fact]
    public void A_word_longer_than_a_message_is_cut_between_characters_never_inside_an_entity()
    {
        var word = string.Concat(Enumerable.Repeat("&<>", 3_000));

        var parts = HtmlReplyRenderer.Render(Reply.Text(word));

        Assert.True(parts.Count >= 3);
        Assert.All(parts, part => Assert.Null(TelegramHtmlValidator.Validate(part)));
        Assert.Equal(word, string.Concat(parts.Select(TelegramHtmlValidator.VisibleText)));
    }

    [Fact]
    public void Callback_data_over_64_bytes_is_refused_when_building()
    {
        Assert.Throws<ArgumentException>(() => new ReplyBuilder().Button("x", "sources:" + new string('ä', 40)));
    }

    private static string Normalize(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
