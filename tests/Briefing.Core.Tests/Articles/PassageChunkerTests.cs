using Briefing.Core.Articles;

namespace Briefing.Core.Tests.Articles;

public sealed class PassageChunkerTests
{
    private static string Sentence(int n) => $"Sentence number {n} tells the reader one more fact about the harbour and its long history.";

    private static string Paragraph(int sentences, int offset = 0) =>
        string.Join(' ', Enumerable.Range(offset, sentences).Select(Sentence));

    [Fact]
    public void MergesTinyParagraphWithTheFollowingOne()
    {
        var article = ArticleInputs.Article("news/1", "Berlin (dpa) –", Paragraph(3), Paragraph(3, 10));

        var passages = PassageChunker.Chunk(article);

        Assert.Equal(2, passages.Count);
        Assert.Equal("Berlin (dpa) –\n" + Paragraph(3), passages[0].Text);
    }

    [Fact]
    public void ShortLastParagraphRidesWithThePreviousOne()
    {
        var passages = PassageChunker.Chunk(ArticleInputs.Article("news/1", Paragraph(3), "Reporting by the desk."));

        var only = Assert.Single(passages);
        Assert.EndsWith("history.\nReporting by the desk.", only.Text);
    }

    [Fact]
    public void SplitsLongParagraphAtSentenceBoundaries()
    {
        var paragraph = Paragraph(20);
        var passages = PassageChunker.Chunk(ArticleInputs.Article("news/2", paragraph));

        Assert.True(passages.Count >= 3);
        Assert.All(passages, p => Assert.InRange(p.Text.Length, 150, 900));
        Assert.All(passages, p => Assert.EndsWith("history.", p.Text));
        Assert.Equal(paragraph, string.Join(' ', passages.Select(p => p.Text)));
    }

    [Fact]
    public void CutsARunOnWithoutSentenceEndsAtWordBoundaries()
    {
        var runOn = string.Join(' ', Enumerable.Repeat("word", 800));
        var passages = PassageChunker.Chunk(ArticleInputs.Article("news/3", runOn));

        Assert.True(passages.Count >= 3);
        Assert.All(passages, p => Assert.True(p.Text.Length <= 1_200));
        Assert.Equal(runOn, string.Join(' ', passages.Select(p => p.Text)));
    }

    [Fact]
    public void IdsAreStableAndOrdinalFromZero()
    {
        var article = ArticleInputs.Article("bbc/business/001", Paragraph(2), Paragraph(12, 2), Paragraph(3, 20));

        var first = PassageChunker.Chunk(article);
        var second = PassageChunker.Chunk(article with { Paragraphs = article.Paragraphs.ToList() });

        Assert.Equal(first, second);
        Assert.Equal(Enumerable.Range(0, first.Count), first.Select(p => p.Ordinal));
        Assert.Equal("bbc/business/001#p0", first[0].Id);
        Assert.All(first, p => Assert.Equal(Passage.MakeId("bbc/business/001", p.Ordinal), p.Id));
        Assert.All(first, p => Assert.Equal("bbc/business/001", p.ArticleId));
    }

    [Fact]
    public void TextIsVerbatimWithWhitespaceCollapsedAndTitleNotIncluded()
    {
        var article = ArticleInputs.Article("a/1", "  The  mayor\tsaid „Wir bauen\u00A0neu“ on Tuesday,\nand the council agreed after a long debate about money, the harbour and the old bridge.  ") with { Title = "Unique Headline", Language = "de" };

        var passage = Assert.Single(PassageChunker.Chunk(article));

        Assert.Equal("The mayor said „Wir bauen neu“ on Tuesday, and the council agreed after a long debate about money, the harbour and the old bridge.", passage.Text);
        Assert.DoesNotContain("Unique Headline", passage.Text);
        Assert.Equal("de", passage.Language);
    }

    [Fact]
    public void EmptyParagraphsAreIgnored()
    {
        var passages = PassageChunker.Chunk(ArticleInputs.Article("a/1", " ", Paragraph(3), "\n"));
        Assert.Equal(Paragraph(3), Assert.Single(passages).Text);
    }
}
