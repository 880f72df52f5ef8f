using Briefing.Core.Articles;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Articles;

/// <summary>The shipped samples are what a first run talks about: they must all read cleanly and say they are samples.</summary>
public sealed class SamplesTests
{
    private readonly ArticleFileReader _reader = ArticleTestFolder.CreateReader();

    private List<ArticleReadResult> ReadAll() => _reader.ListFolder(RepoPaths.Samples).Files.SelectMany(_reader.ReadFile).ToList();

    [Fact]
    public void EverySampleReadsWithoutRejection()
    {
        var results = ReadAll();

        Assert.All(results, r => Assert.Null(r.RejectionReason));
        Assert.Equal(results.Count, results.Select(r => r.Article!.Id).Distinct().Count());
        Assert.InRange(results.Count, 7, 11);
    }

    [Fact]
    public void SamplesMixGermanAndEnglish()
    {
        var languages = ReadAll().GroupBy(r => r.Article!.Language).ToDictionary(g => g.Key, g => g.Count());

        Assert.InRange(languages["de"], 3, 6);
        Assert.InRange(languages["en"], 3, 6);
    }

    [Fact]
    public void WrittenSamplesAreMarkedAsSamples()
    {
        var written = ReadAll().Select(r => r.Article!).Where(a => !a.Id.EndsWith("000_747174b0822e9d45", StringComparison.Ordinal));

        Assert.All(written, a => Assert.True(
            (a.Source?.Contains("Briefing sample", StringComparison.Ordinal) ?? false)
            || a.Paragraphs[^1].Contains("Briefing", StringComparison.Ordinal), a.Id));
    }

    [Fact]
    public void ContentHashesAreDistinct()
    {
        var hashes = ReadAll().Select(r => ArticleContentHash.Compute(r.Article!)).ToList();
        Assert.Equal(hashes.Count, hashes.Distinct().Count());
    }

    [Fact]
    public void ReadmeBesideTheSamplesIsSkippedNotIngested()
    {
        var listing = _reader.ListFolder(RepoPaths.Samples);
        Assert.Contains(listing.Unsupported, f => Path.GetFileName(f) == "README.md");
        Assert.DoesNotContain(listing.Files, f => Path.GetFileName(f) == "README.md");
    }
}
