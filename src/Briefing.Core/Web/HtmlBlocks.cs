using System.Text;
using AngleSharp.Dom;

namespace Briefing.Core.Web;

/// <summary>
/// Cuts the text under an element into blocks in reading order: every block-level element (paragraph, heading,
/// list item, table cell, div, ...) ends the block before it and starts its own, and inline markup stays inside
/// its block. Walking the tree this way also keeps text that broken markup left outside any paragraph.
/// </summary>
internal static class HtmlBlocks
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
        "blockquote", "pre", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "dl", "dt", "dd", "address", "hr", "details", "summary", "fieldset", "center",
    };

    public static List<string> Collect(IElement root)
    {
        var blocks = new List<string>();
        var current = new StringBuilder();
        Walk(root, blocks, current);
        Flush(blocks, current);
        return blocks;
    }

    private static void Walk(INode node, List<string> blocks, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    current.Append(' ');
                    break;
                case IElement element when BlockElements.Contains(element.LocalName):
                    Flush(blocks, current);
                    // Related-link and navigation lists: nearly all of the item's text is link text.
                    if (element.LocalName == "li" && IsMostlyLinks(element)) break;
                    Walk(element, blocks, current);
                    Flush(blocks, current);
                    break;
                case IElement element:
                    Walk(element, blocks, current);
                    break;
            }
        }
    }

    private static void Flush(List<string> blocks, StringBuilder current)
    {
        var text = HtmlText.Normalize(current.ToString());
        current.Clear();
        if (text.Length > 0 && (blocks.Count == 0 || blocks[^1] != text)) blocks.Add(text);
    }

    public static bool IsMostlyLinks(IElement element)
    {
        var total = HtmlText.Normalize(element.TextContent).Length;
        if (total == 0) return true;
        var linked = element.QuerySelectorAll("a").Sum(a => HtmlText.Normalize(a.TextContent).Length);
        return linked >= total * 0.8;
    }
}
