using Briefing.Host.Tests.Support;

namespace Briefing.Host.Tests.Reliability;

/// <summary>Real symbolic-link cycles in a temp folder: ingest finishes and counts each file once.</summary>
[Collection(CliCollection.Name)]
public sealed class SymlinkCycleCliTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task A_folder_with_link_cycles_is_read_once_per_file()
    {
        var news = _workspace.WriteNews();
        Directory.CreateSymbolicLink(Path.Combine(news, "self"), ".");
        Directory.CreateDirectory(Path.Combine(news, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(news, "sub", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(news, "sub", "comet-again.txt"), Path.Combine(news, "comet.txt"));

        var ingest = CliRun.RunAsync("ingest", news, "--json", "--data", _workspace.DataDir);
        var finished = await Task.WhenAny(ingest, Task.Delay(TimeSpan.FromMinutes(2)));

        Assert.Same(ingest, finished);
        var run = await ingest;
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"added\": 2", run.Out);
        Assert.Contains("\"duplicates\": 0", run.Out);
    }

    [Fact]
    public async Task Folders_past_the_depth_bound_are_reported_not_read()
    {
        var root = Path.Combine(_workspace.Root, "deep");
        var folder = root;
        for (var level = 0; level < 5; level++) folder = Path.Combine(folder, $"level{level}");
        _workspace.Write(Path.Combine(Path.GetRelativePath(_workspace.Root, folder), "buried.txt"), "Buried report\nA report five folders down.\n");
        _workspace.Write(Path.Combine("deep", "top.txt"), "Top report\nA report at the top of the folder.\n");
        var saved = Environment.GetEnvironmentVariable("Briefing__MaxFolderDepth");
        Environment.SetEnvironmentVariable("Briefing__MaxFolderDepth", "3");
        try
        {
            var run = await CliRun.RunAsync("ingest", root, "--data", _workspace.DataDir);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("Added 1,", run.Out);
            Assert.Contains("nested deeper than 3 levels", run.Out);
            Assert.Contains("Briefing:MaxFolderDepth", run.Out);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Briefing__MaxFolderDepth", saved);
        }
    }

    public void Dispose() => _workspace.Dispose();
}
