using Briefing.Core.Answering;
using Briefing.Core.Text;
using Briefing.Telegram.Tests.Support;

namespace Briefing.Telegram.Tests.Bot;

public sealed class AnsweringScenarioTests : IAsyncLifetime
{
    private const long Chat = 1001;
    private const long User = 501;
    private readonly TempFolder _data = new();
    private readonly FakeAnswerer _answerer = new();
    private FakeBotApiServer _api = null!;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApiServer.StartAsync();
        _bot = await BotHarness.StartAsync(_api, _data.Path, _answerer);
    }

    [Fact]
    public async Task A_question_gets_a_cited_answer_with_a_source_list_and_a_sources_button()
    {
        _api.AddUpdate(FakeUpdates.Text(Chat, User, "Who met in Tianjin?"));

        var message = Assert.Single(await _api.WaitForMessagesAsync(Chat, 1));

        Assert.StartsWith("Answer to Who met in Tianjin? [1].", message.Text);
        Assert.Contains("Sources:\n[1] SCO <summit> & more – derStandard, 2026-11-26", message.Text);
        Assert.Contains("<a href=\"https://example.org/sco?a=1&amp;b=2\">SCO &lt;summit&gt; &amp; more</a>", message.Html);
        var button = Assert.Single(message.Buttons);
        Assert.Equal("Sources", button.Text);
        Assert.StartsWith("sources:", button.Data);
        Assert.True(_api.ChatActions >= 1, "a typing action is shown while answering");
        Assert.Empty(_api.Rejections);
    }

    [Fact]
    public async Task The_button_and_sources_command_show_the_quotes_as_expandable_blockquotes()
    {
        _api.AddUpdate(FakeUpdates.Text(Chat, User, "Wer traf sich in Tianjin?", language: "de"));
        var answer = Assert.Single(await _api.WaitForMessagesAsync(Chat, 1));
        Assert.Equal("Quellen", answer.Buttons[0].Text);

        _api.AddUpdate(FakeUpdates.Button(Chat, User, answer.Buttons[0].Data, language: "de"));
        _api.AddUpdate(FakeUpdates.Text(Chat, User, "/sources", language: "de"));
        var replies = await _api.WaitForMessagesAsync(Chat, 3);

        foreach (var sources in replies.Skip(1))
        {
            Assert.Contains("<blockquote expandable>Quote about Wer traf sich in Tianjin? &lt;i&gt;raw&lt;/i&gt;</blockquote>", sources.Html);
            Assert.StartsWith("Quellen: Wer traf sich in Tianjin?", sources.Text);
        }
        Assert.True(_api.AnsweredCallbacks >= 1);
        Assert.Empty(_api.Rejections);
    }

    [Fact]
    public async Task Expired_or_foreign_buttons_are_answered_as_expired_without_leaking_another_chats_answer()
    {
        _api.AddUpdate(FakeUpdates.Text(Chat, User, "Secret question of chat one?"));
        var answer = Assert.Single(await _api.WaitForMessagesAsync(Chat, 1));

        const long otherChat = 1002;
        _api.AddUpdate(FakeUpdates.Button(otherChat, 502, answer.Buttons[0].Data));
        _api.AddUpdate(FakeUpdates.Button(otherChat, 502, "sources:000000000000"));
        _api.AddUpdate(FakeUpdates.Button(otherChat, 502, "no-such-command:1"));
        var replies = await _api.WaitForMessagesAsync(otherChat, 3);

        Assert.All(replies, r => Assert.Equal("This button has expired. Please ask the question again.", r.Text));
    }

    [Fact]
    public async Task A_6000_character_answer_arrives_as_valid_parts_with_the_button_on_the_last()
    {
        var longText = string.Concat(Enumerable.Repeat("The <delegates> & ministers met again in Tianjin [1]. ", 120));
        _answerer.Respond = request => FakeAnswerer.Cited(request, longText);
        _api.AddUpdate(FakeUpdates.Text(Chat, User, "Tell me everything?"));

        var parts = await _api.WaitForAsync(all => all.Any(m => m.ChatId == Chat && m.Buttons.Count > 0));
        parts = parts.Where(m => m.ChatId == Chat).ToArray();

        Assert.True(parts.Count >= 2);
        Assert.All(parts, p => Assert.True(p.Text.Length <= 4096));
        Assert.Empty(_api.Rejections);
        Assert.Single(parts[^1].Buttons);
        Assert.All(parts.SkipLast(1), p => Assert.Empty(p.Buttons));
        var visible = string.Concat(parts.Select(p => p.Text)).Replace(" ", "").Replace("\n", "");
        Assert.Contains(longText.Replace(" ", ""), visible);
    }

    [Fact]
    public async Task Html_and_markdown_in_questions_are_shown_literally()
    {
        const string question = "<b>Was</b> *ist* & </i> [x](http://y) passiert?";
        _api.AddUpdate(FakeUpdates.Text(Chat, User, question));

        var message = Assert.Single(await _api.WaitForMessagesAsync(Chat, 1));

        Assert.StartsWith($"Answer to {question} [1].", message.Text);
        Assert.Empty(_api.Rejections);
    }

    [Fact]
    public async Task A_5000_character_question_is_shortened_and_answered_with_a_note()
    {
        _api.AddUpdate(FakeUpdates.Text(Chat, User, "Why " + new string('x', 4_996)));

        var message = Assert.Single(await _api.WaitForAsync(all => all.Any(m => m.ChatId == Chat)));

        Assert.True(_answerer.Requests.Single().Question.Length <= 1_000);
        Assert.Contains("(Your question was very long; I used its first 1000 characters.)", message.Text);
        Assert.Empty(_api.Rejections);
    }

    [Fact]
    public async Task Stickers_get_a_text_only_reply_and_ask_without_a_question_gets_usage()
    {
        _api.AddUpdate(FakeUpdates.Sticker(Chat, User));
        _api.AddUpdate(FakeUpdates.Text(Chat, User, "/ask"));

        var replies = await _api.WaitForMessagesAsync(Chat, 2);

        Assert.Equal("I can only read text. Please send your question as a message.", replies[0].Text);
        Assert.StartsWith("Please ask a question, e.g. /ask", replies[1].Text);
        Assert.Empty(_answerer.Requests);
    }

    [Theory]
    [InlineData("Who won the 2022 World Cup?", "I found nothing about 2022 in the indexed articles.", "Not an answer to the question, but these articles come closest:")]
    [InlineData("Wer gewann die WM 2022?", "Zu 2022 finde ich in den indexierten Artikeln nichts.", "Keine Antwort auf die Frage, aber am nächsten kommen diese Artikel:")]
    public async Task An_abstention_lists_the_closest_articles_with_dates_apart_from_the_answer(string question, string lead, string heading)
    {
        RelatedArticle[] related =
        [
            new("football", "Hamm bows out of <international> football", new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)),
            new("undated", "World Cup & Olympics", null),
        ];
        _answerer.Respond = request => new Answer
        {
            Question = request.Question, Language = LanguageDetector.Detect(request.Question), Abstained = true,
            Text = Phrases.NotFoundWithClosest(LanguageDetector.Detect(request.Question), ["2022"], related.Select(r => (r.Title, r.Published)).ToList()),
            Citations = [], Generator = "fake", Related = related,
        };
        _api.AddUpdate(FakeUpdates.Text(Chat, User, question));

        var message = Assert.Single(await _api.WaitForMessagesAsync(Chat, 1));

        Assert.Equal($"{lead}\n\n{heading}\n• Hamm bows out of <international> football – 2026-11-20\n• World Cup & Olympics", message.Text);
        Assert.Contains($"<i>{heading}</i>", message.Html);
        Assert.Contains("• Hamm bows out of &lt;international&gt; football<i> – 2026-11-20</i>", message.Html);
        Assert.Empty(message.Buttons);
        Assert.Empty(_api.Rejections);
    }

    [Fact]
    public async Task A_failing_answer_is_met_with_an_apology_and_polling_goes_on()
    {
        _answerer.Respond = request => request.Question.Contains("boom") ? throw new InvalidOperationException("boom") : FakeAnswerer.Cited(request);
        _api.AddUpdate(FakeUpdates.Text(Chat, User, "boom?"));
        _api.AddUpdate(FakeUpdates.Text(Chat, User, "And now?"));

        var replies = await _api.WaitForMessagesAsync(Chat, 2);

        Assert.StartsWith("Sorry, something went wrong", replies[0].Text);
        Assert.StartsWith("Answer to And now?", replies[1].Text);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _data.Dispose();
    }
}
