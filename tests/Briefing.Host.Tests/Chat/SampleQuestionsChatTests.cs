using Briefing.Host.Tests.Support;

namespace Briefing.Host.Tests.Chat;

[Collection(CliCollection.Name)]
public sealed class SampleQuestionsChatTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    /// <summary>The README's sample questions, in order, in one console chat: the third opens like a follow-up but names its own topic.</summary>
    [Fact]
    public async Task The_readme_sample_questions_in_one_chat_each_lead_with_their_own_article()
    {
        var samples = Path.Combine(FindRoot(), "samples");
        Assert.Equal(0, (await CliRun.RunAsync("ingest", samples, "--data", _workspace.DataDir)).ExitCode);

        var chat = await CliRun.RunWithInputAsync(
            "Wann wurde die SCO gegründet?\nHow long did the solar ferry crossing take?\nWas ist mit der Sturmflut in Nordhafen?\n/sources\n",
            "chat", "--data", _workspace.DataDir);

        Assert.Equal(0, chat.ExitCode);
        var ferryAnswer = chat.Out.IndexOf("Sources:\n[1]", StringComparison.Ordinal);
        Assert.True(ferryAnswer > 0, chat.Out);
        Assert.Contains("solar", FirstSourceAfter(chat.Out, ferryAnswer), StringComparison.OrdinalIgnoreCase);
        var stormAnswer = chat.Out.IndexOf("Quellen:\n[1]", ferryAnswer, StringComparison.Ordinal);
        Assert.True(stormAnswer > 0, chat.Out);
        var stormText = chat.Out[chat.Out.IndexOf("[Sources:", ferryAnswer, StringComparison.Ordinal)..stormAnswer];
        Assert.Contains("Nordhafen", FirstSourceAfter(chat.Out, stormAnswer));
        Assert.DoesNotContain("ferry", stormText, StringComparison.OrdinalIgnoreCase);
    }

    private static string FirstSourceAfter(string output, int sourcesStart)
    {
        var start = output.IndexOf("[1]", sourcesStart, StringComparison.Ordinal);
        return output[start..output.IndexOf('\n', start)];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Briefing.sln not found above " + AppContext.BaseDirectory);
    }

    public void Dispose() => _workspace.Dispose();
}
