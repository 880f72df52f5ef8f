using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Core.Articles;

/// <summary>
/// Markdown to article text with Markdig (CommonMark, pipe and grid tables, strikethrough). Each block becomes its
/// own lines with a blank line around it, so <see cref="ParagraphSplitter"/> never glues blocks together: headings
/// (ATX "# Title" and setext "Title\n====="), paragraphs (one line per source line, as in .txt), list items and
/// quotes by their text, a table row by its cells' text. Markup, rules, HTML and link definitions disappear; the
/// words of emphasis, links and images stay; struck-out words are dropped (retracted, not said). Not a renderer:
/// the text stays quotable.
/// </summary>
internal static class MarkdownText
{
    /// <summary>Between a table row's cells: the cells become one readable line.</summary>
    public const string CellSeparator = "; ";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>The body as plain-text lines; <paramref name="firstLevelOneHeading"/> is the line index of the first level-1 heading.</summary>
    public static List<string> Lines(string markdown, out int? firstLevelOneHeading)
    {
        var writer = new Writer(markdown);
        foreach (var block in Markdown.Parse(markdown, Pipeline)) writer.Block(block);
        firstLevelOneHeading = writer.FirstLevelOneHeading;
        return writer.Lines;
    }

    private sealed class Writer(string source)
    {
        public List<string> Lines { get; } = [];
        public int? FirstLevelOneHeading { get; private set; }

        public void Block(Block block)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var title = heading.Inline is null ? "" : Collapse(Inline(heading.Inline));
                    if (title.Length == 0) return;
                    if (heading.Level == 1 && FirstLevelOneHeading is null) FirstLevelOneHeading = Lines.Count + 1;
                    Separate([title]);
                    return;
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                        Separate([string.Join(CellSeparator, row.OfType<TableCell>().Select(CellText).Where(t => t.Length > 0))]);
                    return;
                case CodeBlock code:
                    Separate(code.Lines.Lines.Take(code.Lines.Count).Select(line => line.ToString()));
                    return;
                case ContainerBlock container: // quotes, lists, list items
                    foreach (var child in container) Block(child);
                    return;
                case LeafBlock { Inline: { } inline } and not HtmlBlock:
                    Separate(Inline(inline).Split('\n').Select(Collapse));
                    return;
                default: // thematic breaks, HTML, link reference definitions
                    return;
            }
        }

        private string CellText(TableCell cell) =>
            Collapse(string.Join(' ', cell.OfType<LeafBlock>().Select(leaf => leaf.Inline is null ? "" : Inline(leaf.Inline))));

        private void Separate(IEnumerable<string> lines)
        {
            Lines.Add(string.Empty);
            Lines.AddRange(lines);
            Lines.Add(string.Empty);
        }

        private string Inline(ContainerInline container)
        {
            var text = new StringBuilder();
            Append(container, text);
            return text.ToString();
        }

        private void Append(Inline inline, StringBuilder text)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append('\n'); break; // one source line stays one line, as in .txt
                case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
                case AutolinkInline autolink: text.Append(autolink.Url); break;
                case HtmlInline: break;
                case EmphasisInline { DelimiterChar: '~' }: break;
                case EmphasisInline emphasis when IsIntraword(emphasis):
                    // "2*3*4" is arithmetic in a news text, not emphasis: keep the source as written.
                    text.Append(source, emphasis.Span.Start, emphasis.Span.Length);
                    break;
                case ContainerInline container:
                    foreach (var child in container) Append(child, text);
                    break;
            }
        }

        private bool IsIntraword(EmphasisInline emphasis) =>
            emphasis.Span.Start > 0 && emphasis.Span.End + 1 < source.Length
            && char.IsLetterOrDigit(source[emphasis.Span.Start - 1]) && char.IsLetterOrDigit(source[emphasis.Span.End + 1]);

        private static string Collapse(string line) => Text.WhitespaceNormalizer.Collapse(line).Trim();
    }
}
