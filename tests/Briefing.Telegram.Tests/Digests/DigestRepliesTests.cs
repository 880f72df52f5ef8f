using Briefing.Core.Digests;
using Briefing.Telegram.Digests;
using Briefing.Telegram.Replies;
using Briefing.Telegram.Tests.Support;

namespace Briefing.Telegram.Tests.Digests;

public sealed class DigestRepliesTests
{
    private static DigestStory Story(int i, string headline, string summary, string? url = null) =>
        new(headline, summary, [$"a{i}", $"b{i}"], [new DigestCitation(1, $"a{i}", $"a{i}#p0", summary)])
        {
            Sources =
            [
                new DigestSource($"a{i}", $"Report {i} <one>", "Wire & Co", url, null, ["Daily <Courier>"]),
                new DigestSource($"b{i}", $"Bericht {i}", "Tagesblatt", null, null, []),
            ],
            SourceCount = 3,
        };

    [Fact]
    public void A_digest_renders_as_valid_telegram_html_with_everything_escaped()
    {
        var digest = new Digest(new DateOnly(2026, 11, 24), "Europe/Berlin",
            [Story(1, "Coders <b>ship</b> & \"celebrate\"", "They shipped <script>alert(1)</script> on Tuesday [1].", "https://x.example/a?b=1&c=\"2\"")]);

        var html = Assert.Single(HtmlReplyRenderer.Render(DigestReplies.ForDigest(digest, "en")));

        Assert.Null(TelegramHtmlValidator.Validate(html));
        Assert.Contains("Coders &lt;b&gt;ship&lt;/b&gt; &amp; \"celebrate\"", html);
        Assert.DoesNotContain("<script>", html);
        var visible = TelegramHtmlValidator.VisibleText(html)!;
        Assert.Contains("Daily digest 2026-11-24 (Europe/Berlin)", visible);
        Assert.Contains("[1] Report 1 <one> – Wire & Co; also reported by Daily <Courier>", visible);
        Assert.Contains("• Bericht 1 – Tagesblatt", visible);
        Assert.Contains("3 sources, 2 articles", visible);
        Assert.Contains("<a href=\"https://x.example/a?b=1&amp;c=%222%22\">", html);
    }

    [Fact]
    public void A_long_digest_is_split_between_stories_into_valid_messages()
    {
        var sentence = string.Concat(Enumerable.Repeat("The council debated the harbour budget for many hours & voted late. ", 8));
        var stories = Enumerable.Range(1, 20).Select(i => Story(i, $"Story {i} <headline>", sentence + $"Vote {i} [1].")).ToList();
        var digest = new Digest(new DateOnly(2026, 11, 24), "UTC", stories);

        var messages = HtmlReplyRenderer.Render(DigestReplies.ForDigest(digest, "en"));

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.Null(TelegramHtmlValidator.Validate(m)));
        Assert.All(messages, m => Assert.InRange(m.Length, 1, HtmlReplyRenderer.MaxMessageLength));
        var all = string.Join("\n", messages.Select(m => TelegramHtmlValidator.VisibleText(m)));
        for (var i = 1; i <= 20; i++) Assert.Contains($"Vote {i} [1].", all);
        // A story's headline and its summary stay in the same message.
        Assert.All(messages, m => Assert.Equal(m.Split("Story ").Length - 1, m.Split("Vote ").Length - 1));
    }

    [Theory]
    [InlineData("de", "Für den 24.11.2026 (Europe/Berlin) liegen keine Artikel vor.")]
    [InlineData("en", "No articles for 2026-11-24 (Europe/Berlin).")]
    public void An_empty_day_is_one_line_in_the_users_language(string language, string expected)
    {
        var reply = DigestReplies.ForDigest(new Digest(new DateOnly(2026, 11, 24), "Europe/Berlin", []), language);

        Assert.Equal(expected, reply.PlainText);
    }

    [Fact]
    public void The_heading_follows_the_users_language()
    {
        var digest = new Digest(new DateOnly(2026, 11, 24), "Europe/Berlin", [Story(1, "Schlagzeile", "Satz [1].")]);

        var text = DigestReplies.ForDigest(digest, "de").PlainText;

        Assert.StartsWith("Tagesüberblick 24.11.2026 (Europe/Berlin)", text);
        Assert.Contains("3 Quellen, 2 Artikel", text);
        Assert.Contains("auch bei Daily <Courier>", text);
    }
}
