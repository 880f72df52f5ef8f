namespace Briefing.Host.Tests.Support;

/// <summary>A temp folder with a data folder and a few article files, deleted on dispose.</summary>
public sealed class CliWorkspace : IDisposable
{
    public CliWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "briefing-host-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string DataDir => Path.Combine(Root, "data");

    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteNews()
    {
        Write("news/comet.txt", """
            Astronomers spot bright comet over Chile
            Astronomers at the Paranal observatory in Chile discovered a bright comet on Tuesday night.
            The comet will pass closest to the Sun in March and may be visible to the naked eye.
            """);
        Write("news/hafen.txt", """
            Neuer Hafen in Kiel eröffnet
            Die Stadt Kiel hat am Montag einen neuen Containerhafen eröffnet. Der Bau kostete 240 Millionen Euro.
            Bürgermeisterin Anna Berger sagte, der Hafen schaffe 1.200 neue Arbeitsplätze in der Region.
            """);
        return Path.Combine(Root, "news");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
