using Briefing.Core.Articles;

namespace Briefing.Core.Tests.Articles;

public sealed class MarkdownArticleParserTests
{
    private readonly MarkdownArticleParser _parser = new();

    private ArticleReadResult ParseOne(string text) => Assert.Single(_parser.Parse(ArticleInputs.Of("note.md", text, "samples/note")));

    [Fact]
    public void ReadsFrontMatterFields()
    {
        var article = ParseOne("""
            ---
            title: "Hafen von Kiel nach Sturm gesperrt"
            source: Briefing sample
            url: https://example.org/kiel
            published: 2026-11-26T07:30:00+01:00
            language: de
            tags: [sturm, kiel]
            ---
            # Hafen von Kiel nach Sturm gesperrt

            Der Hafen bleibt bis Donnerstag geschlossen.
            """).Article!;

        Assert.Equal("Hafen von Kiel nach Sturm gesperrt", article.Title);
        Assert.Equal("Briefing sample", article.Source);
        Assert.Equal("https://example.org/kiel", article.Url);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 7, 30, 0, TimeSpan.FromHours(1)), article.Published);
        Assert.Equal("de", article.Language);
        Assert.Equal("samples/note", article.Id);
        Assert.Equal(["Der Hafen bleibt bis Donnerstag geschlossen."], article.Paragraphs);
    }

    [Fact]
    public void TitleFromFirstHeadingWithoutFrontMatter()
    {
        var article = ParseOne("Intro line before.\n\n# Storm closes harbour\n\nThe harbour stays closed until Thursday.\n").Article!;

        Assert.Equal("Storm closes harbour", article.Title);
        Assert.Equal(["Intro line before.", "The harbour stays closed until Thursday."], article.Paragraphs);
        Assert.Null(article.Published);
    }

    [Fact]
    public void TitleFromFirstLineWithoutHeading()
    {
        var article = ParseOne("Storm closes harbour\n\nThe harbour stays closed.\n").Article!;
        Assert.Equal("Storm closes harbour", article.Title);
        Assert.Equal(["The harbour stays closed."], article.Paragraphs);
    }

    [Fact]
    public void StripsLightMarkdown()
    {
        var article = ParseOne("""
            # Title

            The **mayor** said the _old_ bridge is *unsafe*, see [the report](https://example.org/r) and ![a photo](p.jpg).

            ## What happens next

            > "We act now," she said.

            - Repairs start in `March`.
            - Ferries run ~~daily~~ hourly.

            ---
            snake_case_names stay and 2*3*4 stays.
            """).Article!;

        Assert.Equal(
        [
            "The mayor said the old bridge is unsafe, see the report and a photo.",
            "What happens next",
            "\"We act now,\" she said.",
            "Repairs start in March.",
            "Ferries run hourly.",
            "snake_case_names stay and 2*3*4 stays.",
        ], article.Paragraphs);
    }

    [Fact]
    public void A_setext_heading_is_the_title()
    {
        var article = ParseOne("Storm closes harbour in Kiel\n============================\n\nThe harbour stays closed until Thursday.\n\nFerries\n-------\n\nFerries run hourly.\n").Article!;

        Assert.Equal("Storm closes harbour in Kiel", article.Title);
        Assert.Equal(["The harbour stays closed until Thursday.", "Ferries", "Ferries run hourly."], article.Paragraphs);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("==") || p.Contains("--"));
    }

    [Fact]
    public void A_tables_cells_are_text_one_row_per_paragraph()
    {
        var article = ParseOne("""
            # Harbour costs

            The city published the costs of the new harbour.

            | Item | Cost |
            |------|-----:|
            | Quay walls | 120 million euros |
            | **Cranes** | 80 million euros |

            Work starts in March.
            """).Article!;

        Assert.Equal(
        [
            "The city published the costs of the new harbour.",
            "Item; Cost",
            "Quay walls; 120 million euros",
            "Cranes; 80 million euros",
            "Work starts in March.",
        ], article.Paragraphs);
    }

    [Theory]
    [InlineData("---\ntitle: [unclosed\n---\nBody text.\n", "not valid YAML")]
    [InlineData("---\ntitle: A\nBody text without closing line.\n", "no closing")]
    [InlineData("---\ntitle:\n  - a\n  - b\n---\nBody text.\n", "single value")]
    [InlineData("---\njust a sentence\n---\nBody text.\n", "key: value")]
    public void MalformedFrontMatterIsARejectionWithReason(string text, string reason)
    {
        var result = ParseOne(text);
        Assert.Null(result.Article);
        Assert.Contains(reason, result.RejectionReason);
    }

    [Fact]
    public void InvalidPublishedDateIsNull()
    {
        var article = ParseOne("---\ntitle: A\npublished: soon\n---\nBody text.\n").Article!;
        Assert.Null(article.Published);
    }

    [Fact]
    public void DateOnlyPublishedIsMidnightUtc()
    {
        var article = ParseOne("---\ntitle: A\npublished: 2026-11-25\n---\nBody text.\n").Article!;
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void EmptyBodyAfterFrontMatterIsRejected()
    {
        var result = ParseOne("---\ntitle: Only a title\n---\n\n");
        Assert.Contains("no article text", result.RejectionReason);
    }
}
