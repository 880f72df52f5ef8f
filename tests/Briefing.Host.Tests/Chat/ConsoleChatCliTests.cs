using Briefing.Host.Tests.Support;

namespace Briefing.Host.Tests.Chat;

[Collection(CliCollection.Name)]
public sealed class ConsoleChatCliTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task Run_without_a_token_ingests_the_sources_and_chats_on_stdin_with_sources_on_demand()
    {
        var news = _workspace.WriteNews();
        Environment.SetEnvironmentVariable("Briefing__Sources__0", news);
        try
        {
            var run = await CliRun.RunWithInputAsync(
                "When will the comet pass closest to the Sun?\n/sources\n/frobnicate\n",
                "run", "--data", _workspace.DataDir);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("[1]", run.Out);
            Assert.Contains("Astronomers spot bright comet over Chile", run.Out);
            Assert.Contains("  > The comet will pass closest to the Sun in March", run.Out);
            Assert.Contains("I don't know the command /frobnicate.", run.Out);
            Assert.DoesNotContain("<b>", run.Out);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Briefing__Sources__0", null);
        }
    }

    [Fact]
    public async Task An_abstention_in_the_console_chat_lists_the_closest_article_as_not_the_answer()
    {
        Environment.SetEnvironmentVariable("Briefing__Sources__0", _workspace.WriteNews());
        try
        {
            var run = await CliRun.RunWithInputAsync("Which comet did astronomers in Chile spot in 2019?\n", "run", "--data", _workspace.DataDir);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("I found nothing about 2019 in the indexed articles.\n\nNot an answer to the question, but these articles come closest:\n• Astronomers spot bright comet over Chile", run.Out.ReplaceLineEndings("\n"));
            Assert.DoesNotContain("[1]", run.Out);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Briefing__Sources__0", null);
        }
    }

    [Fact]
    public async Task No_verb_runs_the_bot_and_chat_keeps_follow_ups_within_the_conversation()
    {
        Environment.SetEnvironmentVariable("Briefing__Sources__0", _workspace.WriteNews());
        try
        {
            var defaultRun = await CliRun.RunWithInputAsync("/help\n", "--data", _workspace.DataDir);
            Assert.Equal(0, defaultRun.ExitCode);
            Assert.Contains("/sources – ", defaultRun.Out);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Briefing__Sources__0", null);
        }

        var chat = await CliRun.RunWithInputAsync(
            "Wie viel kostete der neue Hafen in Kiel?\nUnd wie viele Arbeitsplätze?\n/quit\nnever asked?\n",
            "chat", "--data", _workspace.DataDir);

        Assert.Equal(0, chat.ExitCode);
        Assert.Contains("240 Millionen Euro", chat.Out);
        Assert.Contains("1.200 neue Arbeitsplätze", chat.Out);
        Assert.DoesNotContain("never asked", chat.Out);
    }

    [Fact]
    public async Task A_malformed_bot_token_fails_at_start_naming_the_key_without_echoing_it()
    {
        Environment.SetEnvironmentVariable("Telegram__BotToken", "not-a-token-secret");
        try
        {
            var run = await CliRun.RunWithInputAsync("", "run", "--data", _workspace.DataDir);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Telegram:BotToken", run.Error);
            Assert.DoesNotContain("not-a-token-secret", run.Error + run.Out);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Telegram__BotToken", null);
        }
    }

    public void Dispose() => _workspace.Dispose();
}
