using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace Briefing.Web.Lab;

/// <summary>The lab page's files, embedded in this assembly (wwwroot/): served by name, nothing else.</summary>
internal static class LabAssets
{
    private static readonly Assembly Assembly = typeof(LabAssets).Assembly;

    public static IResult Serve(string name)
    {
        var type = Path.GetExtension(name) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            _ => null,
        };
        var stream = type is null ? null : Assembly.GetManifestResourceStream($"Briefing.Web.wwwroot.{name}");
        return stream is null ? Results.NotFound() : Results.Stream(stream, type);
    }
}
