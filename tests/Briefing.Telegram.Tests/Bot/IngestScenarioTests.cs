using System.Text;
using Briefing.Telegram.Tests.Support;

namespace Briefing.Telegram.Tests.Bot;

/// <summary>Staff uploads through the real ingestion and answering engine.</summary>
public sealed class IngestScenarioTests : IAsyncLifetime
{
    private const long Staff = BotHarness.StaffUserId;
    private const long Outsider = 777;
    private const string Article = """
        Gipfel in Tianjin: SCO berät über Sicherheit

        Die Staats- und Regierungschefs der Shanghaier Organisation für Zusammenarbeit (SCO) trafen sich am Montag in Tianjin. Der russische Außenminister Sergej Lawrow sagte, die Organisation werde ihre Zusammenarbeit in Sicherheitsfragen ausbauen.

        Die SCO wurde 2001 von China, Russland, Kasachstan, Kirgisistan, Tadschikistan und Usbekistan gegründet.
        """;

    private readonly TempFolder _data = new();
    private FakeBotApiServer _api = null!;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApiServer.StartAsync();
        _bot = await BotHarness.StartAsync(_api, _data.Path, settings: new Dictionary<string, string?> { ["Briefing:MaxInputBytes"] = "4000" });
    }

    [Fact]
    public async Task A_staff_document_is_ingested_and_then_answers_questions_with_its_quotes()
    {
        var content = Encoding.UTF8.GetBytes(Article);
        _api.AddFile("doc-1", content);
        _api.AddUpdate(FakeUpdates.Document(Staff, Staff, "doc-1", "sco.txt", content.Length));
        var report = Assert.Single(await _api.WaitForMessagesAsync(Staff, 1));
        Assert.Equal("Ingested: 1 added, 0 updated, 0 unchanged, 0 duplicates, 0 rejected.", report.Text);

        _api.AddUpdate(FakeUpdates.Text(Outsider, Outsider, "Wann wurde die SCO gegründet?", "de"));
        var answer = Assert.Single(await _api.WaitForMessagesAsync(Outsider, 1));
        Assert.Contains("[1]", answer.Text);
        Assert.Contains("Gipfel in Tianjin: SCO berät über Sicherheit", answer.Text);

        _api.AddUpdate(FakeUpdates.Button(Outsider, Outsider, answer.Buttons.Single().Data, "de"));
        var sources = (await _api.WaitForMessagesAsync(Outsider, 2))[1];
        Assert.Contains("<blockquote expandable>", sources.Html);
        Assert.Contains("2001", sources.Text);
        Assert.Empty(_api.Rejections);
    }

    [Fact]
    public async Task Non_staff_ingest_commands_and_documents_are_refused()
    {
        _api.AddFile("doc-2", Encoding.UTF8.GetBytes(Article));
        _api.AddUpdate(FakeUpdates.Text(Outsider, Outsider, "/ingest https://example.org/news"));
        _api.AddUpdate(FakeUpdates.Document(Outsider, Outsider, "doc-2", "sco.txt", Article.Length));

        var replies = await _api.WaitForMessagesAsync(Outsider, 2);

        Assert.All(replies, r => Assert.Equal("This command is for staff only.", r.Text));
        Assert.DoesNotContain("getFile", _api.Calls);
    }

    [Fact]
    public async Task Unknown_types_and_oversized_documents_are_refused_before_download()
    {
        _api.AddUpdate(FakeUpdates.Document(Staff, Staff, "doc-3", "report.pdf", 100));
        _api.AddUpdate(FakeUpdates.Document(Staff, Staff, "doc-4", "huge.txt", 50_000));
        _api.AddUpdate(FakeUpdates.Text(Staff, Staff, "/ingest"));
        _api.AddUpdate(FakeUpdates.Text(Staff, Staff, "/ingest /etc/passwd"));

        var replies = (await _api.WaitForMessagesAsync(Staff, 4)).Select(m => m.Text).ToArray();

        Assert.StartsWith("I can't ingest \"report.pdf\": unknown file type. Supported: ", replies[0]);
        Assert.Contains(".jsonl", replies[0]);
        Assert.Equal("\"huge.txt\" is too large (at most 3.9 KB).", replies[1]);
        Assert.All(replies[2..], r => Assert.StartsWith("Send a file (.txt, .md, .html, .jsonl) or /ingest https://", r));
        Assert.DoesNotContain("getFile", _api.Calls);
    }

    [Fact]
    public async Task A_url_from_staff_is_ingested_or_rejected_with_a_reason()
    {
        _api.AddUpdate(FakeUpdates.Text(Staff, Staff, "http://127.0.0.1:9/unreachable"));

        var reply = Assert.Single(await _api.WaitForMessagesAsync(Staff, 1));

        Assert.StartsWith("Ingested: 0 added", reply.Text);
        Assert.Contains("1 rejected", reply.Text);
        Assert.Contains("http://127.0.0.1:9/unreachable: ", reply.Text);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _data.Dispose();
    }
}
