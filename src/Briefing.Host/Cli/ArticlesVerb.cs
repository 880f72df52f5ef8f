using System.CommandLine;

namespace Briefing.Host.Cli;

/// <summary><c>articles list|show|remove</c>: what is indexed, as staff need to see and correct it.</summary>
internal static class ArticlesVerb
{
    public static Command Create(CliConsole console) =>
        new("articles", "List, show or remove indexed articles.")
        {
            ArticlesListVerb.Create(console),
            ArticlesShowVerb.Create(console),
            ArticlesRemoveVerb.Create(console),
        };

    /// <summary>The message for an id that names no indexed article.</summary>
    public static string NotFound(string id) => $"No article with the id '{id}' is indexed ('articles list' shows the ids).";

    public static string Count(int articles) => articles == 1 ? "1 article" : $"{articles} articles";

    public static int Usage(CliConsole console, string message)
    {
        console.Error.WriteLine(message);
        return ExitCodes.BadInput;
    }
}
