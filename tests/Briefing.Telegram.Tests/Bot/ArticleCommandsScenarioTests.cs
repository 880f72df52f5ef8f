using Briefing.Core.Ingestion;
using Briefing.Core.Search;
using Briefing.Telegram.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Telegram.Tests.Bot;

/// <summary>/article and /remove through the fake Bot API, the real engine and the real stored answers.</summary>
public sealed class ArticleCommandsScenarioTests : IAsyncLifetime
{
    private const long Staff = BotHarness.StaffUserId;
    private const long Outsider = 777;
    private const string ArticleText = """
        Gipfel in Tianjin: SCO berät über Sicherheit

        Die Staats- und Regierungschefs der Shanghaier Organisation für Zusammenarbeit (SCO) trafen sich am Montag in Tianjin. Der russische Außenminister Sergej Lawrow sagte, die Organisation werde ihre Zusammenarbeit in Sicherheitsfragen ausbauen.

        Die SCO wurde 2001 von China, Russland, Kasachstan, Kirgisistan, Tadschikistan und Usbekistan gegründet.
        """;

    private readonly TempFolder _data = new();
    private FakeBotApiServer _api = null!;
    private BotHarness _bot = null!;
    private string _articleId = "";

    public async Task InitializeAsync()
    {
        _api = await FakeBotApiServer.StartAsync();
        _bot = await BotHarness.StartAsync(_api, Path.Combine(_data.Path, "data"));
        var file = Path.Combine(_data.Path, "news", "sco.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, ArticleText);
        var report = await _bot.Host.Services.GetRequiredService<IngestionService>().IngestAsync([file], null, CancellationToken.None);
        Assert.Equal(1, report.Added);
        _articleId = Index.GetArticlesInWindow(DateTimeOffset.MinValue, DateTimeOffset.MaxValue).Single().Id;
    }

    private INewsIndex Index => _bot.Host.Services.GetRequiredService<INewsIndex>();

    [Fact]
    public async Task Non_staff_cannot_show_or_remove_articles()
    {
        _api.AddUpdate(FakeUpdates.Text(Outsider, Outsider, "/article " + _articleId));
        _api.AddUpdate(FakeUpdates.Text(Outsider, Outsider, "/remove " + _articleId));
        _api.AddUpdate(FakeUpdates.Text(Outsider, Outsider, "/article"));

        var replies = await _api.WaitForMessagesAsync(Outsider, 3);

        Assert.All(replies, r => Assert.Equal("This command is for staff only.", r.Text));
        Assert.NotNull(Index.GetArticle(_articleId));
    }

    [Fact]
    public async Task Staff_see_an_articles_metadata_and_first_passage_and_the_newest_ids()
    {
        _api.AddUpdate(FakeUpdates.Text(Staff, Staff, "/article " + _articleId));
        _api.AddUpdate(FakeUpdates.Text(Staff, Staff, "/article"));
        _api.AddUpdate(FakeUpdates.Text(Staff, Staff, "/article no/such-article"));

        var replies = await _api.WaitForMessagesAsync(Staff, 3);

        Assert.StartsWith("Gipfel in Tianjin: SCO berät über Sicherheit\n" + _articleId, replies[0].Text);
        Assert.Contains("Language: de", replies[0].Text);
        var passages = Index.GetPassages(_articleId);
        Assert.Contains($"Passages: {passages.Count}", replies[0].Text);
        Assert.Contains($"{passages[0].Id}\n", replies[0].Text);
        Assert.Contains("<blockquote expandable>Die Staats- und Regierungschefs", replies[0].Html);
        Assert.Contains("Newest articles:\n" + _articleId + " Gipfel in Tianjin", replies[1].Text);
        Assert.StartsWith("There is no article with the id \"no/such-article\"", replies[2].Text);
        Assert.Empty(_api.Rejections);
    }

    [Fact]
    public async Task Remove_asks_first_only_staff_can_confirm_and_old_answers_lose_the_quotes()
    {
        _api.AddUpdate(FakeUpdates.Text(Outsider, Outsider, "Wann wurde die SCO gegründet?", "de"));
        var answer = Assert.Single(await _api.WaitForMessagesAsync(Outsider, 1));
        Assert.Contains("2001", answer.Text);

        _api.AddUpdate(FakeUpdates.Text(Staff, Staff, "/remove " + _articleId));
        var question = Assert.Single(await _api.WaitForMessagesAsync(Staff, 1));
        Assert.StartsWith("Remove this article from the index?", question.Text);
        Assert.Equal(["Remove", "Cancel"], question.Buttons.Select(b => b.Text));
        Assert.NotNull(Index.GetArticle(_articleId));

        // A non-staff user who presses the button (e.g. in a group) is refused.
        _api.AddUpdate(FakeUpdates.Button(Staff, Outsider, question.Buttons[0].Data));
        Assert.Equal("This command is for staff only.", (await _api.WaitForMessagesAsync(Staff, 2))[1].Text);
        Assert.NotNull(Index.GetArticle(_articleId));

        _api.AddUpdate(FakeUpdates.Button(Staff, Staff, question.Buttons[0].Data));
        Assert.Equal("Removed: Gipfel in Tianjin: SCO berät über Sicherheit", (await _api.WaitForMessagesAsync(Staff, 3))[2].Text);
        Assert.Null(Index.GetArticle(_articleId));

        _api.AddUpdate(FakeUpdates.Button(Outsider, Outsider, answer.Buttons.Single().Data, "de"));
        var sources = (await _api.WaitForMessagesAsync(Outsider, 2))[1];
        Assert.DoesNotContain("2001", sources.Text);
        Assert.Equal("Quellen dieser Antwort wurden inzwischen aus dem Index entfernt.", sources.Text);

        _api.AddUpdate(FakeUpdates.Text(Outsider, Outsider, "Wann wurde die SCO gegründet?", "de"));
        var again = (await _api.WaitForMessagesAsync(Outsider, 3))[2];
        Assert.DoesNotContain("2001", again.Text);

        // The button is good once.
        _api.AddUpdate(FakeUpdates.Button(Staff, Staff, question.Buttons[0].Data));
        Assert.Equal("This button has expired. Please ask the question again.", (await _api.WaitForMessagesAsync(Staff, 4))[3].Text);
        Assert.Empty(_api.Rejections);
    }

    [Fact]
    public async Task Cancel_keeps_the_article()
    {
        _api.AddUpdate(FakeUpdates.Text(Staff, Staff, "/remove " + _articleId, "de"));
        var question = Assert.Single(await _api.WaitForMessagesAsync(Staff, 1));
        Assert.Equal(["Entfernen", "Abbrechen"], question.Buttons.Select(b => b.Text));

        _api.AddUpdate(FakeUpdates.Button(Staff, Staff, question.Buttons[1].Data, "de"));

        Assert.Equal("Nichts entfernt.", (await _api.WaitForMessagesAsync(Staff, 2))[1].Text);
        Assert.NotNull(Index.GetArticle(_articleId));
    }

    [Fact]
    public async Task The_answer_can_be_typed_as_the_command_the_button_runs_as_in_the_console_chat()
    {
        _api.AddUpdate(FakeUpdates.Text(Staff, Staff, "/remove " + _articleId));
        var question = Assert.Single(await _api.WaitForMessagesAsync(Staff, 1));
        var data = question.Buttons[0].Data;

        // Another chat cannot use this chat's token: there it is just an unknown article id.
        const long otherStaffChat = 4242;
        _api.AddUpdate(FakeUpdates.Text(otherStaffChat, Staff, "/remove " + data["remove:".Length..]));
        Assert.StartsWith("There is no article with the id", Assert.Single(await _api.WaitForMessagesAsync(otherStaffChat, 1)).Text);
        Assert.NotNull(Index.GetArticle(_articleId));

        _api.AddUpdate(FakeUpdates.Text(Staff, Staff, "/remove " + data["remove:".Length..]));

        Assert.StartsWith("Removed: ", (await _api.WaitForMessagesAsync(Staff, 2))[1].Text);
        Assert.Null(Index.GetArticle(_articleId));
    }

    [Fact]
    public async Task Remove_without_an_id_or_with_an_unknown_one_says_what_to_send()
    {
        _api.AddUpdate(FakeUpdates.Text(Staff, Staff, "/remove"));
        _api.AddUpdate(FakeUpdates.Text(Staff, Staff, "/remove no/such-article"));

        var replies = await _api.WaitForMessagesAsync(Staff, 2);

        Assert.Equal("Please give the article's id: /remove ID (/article shows the newest).", replies[0].Text);
        Assert.StartsWith("There is no article with the id \"no/such-article\"", replies[1].Text);
        Assert.All(replies, r => Assert.Empty(r.Buttons));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _data.Dispose();
    }
}
