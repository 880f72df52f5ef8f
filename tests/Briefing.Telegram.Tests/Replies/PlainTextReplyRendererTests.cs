using Briefing.Telegram.Replies;

namespace Briefing.Telegram.Tests.Replies;

public class PlainTextReplyRendererTests
{
    [Fact]
    public void Renders_without_markup_with_quotes_indented_and_buttons_as_commands()
    {
        var reply = new ReplyBuilder()
            .Bold("<b>Antwort</b>").Text(" [1]").Paragraph()
            .Link("Quelle", "https://example.org/x").Quote("Zeile eins\nZeile zwei")
            .Button("Quellen", "sources:abc123")
            .Build();

        var text = PlainTextReplyRenderer.Render(reply);

        Assert.Equal(
            "<b>Antwort</b> [1]\n\nQuelle (https://example.org/x)\n\n  > Zeile eins\n  > Zeile zwei\n\n[Quellen: /sources abc123]",
            text);
    }
}
