using AngleSharp.Html.Parser;

namespace Briefing.Core.Web;

/// <summary>Text of an HTML fragment (a feed item's content or summary) as paragraphs.</summary>
internal static class HtmlFragment
{
    public static List<string> Paragraphs(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return [];
        var document = new HtmlParser().ParseDocument(html);
        var body = document.Body;
        if (body is null) return [];
        foreach (var element in body.QuerySelectorAll("script, style, iframe, noscript").ToList()) element.Remove();
        var blocks = HtmlBlocks.Collect(body);
        if (blocks.Count > 0) return blocks;
        // Plain text or <br>-separated text: line breaks are the paragraph boundaries.
        foreach (var br in body.QuerySelectorAll("br").ToList()) br.Replace(document.CreateTextNode("\n"));
        return body.TextContent.Split('\n').Select(HtmlText.Normalize).Where(line => line.Length > 0).ToList();
    }

    public static string Text(string? html) => string.Join(" ", Paragraphs(html));
}
