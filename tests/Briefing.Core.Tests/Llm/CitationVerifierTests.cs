using System.Text.RegularExpressions;
using Briefing.Core.Llm;
using Briefing.Core.Search;

namespace Briefing.Core.Tests.Llm;

/// <summary>The verifier on its own: support rules, quotes, and renumbering into the answer contract.</summary>
public sealed class CitationVerifierTests
{
    private static readonly CitationVerifier Verifier = new();

    private static readonly IReadOnlyList<PassageHit> Passages =
    [
        TestPassages.Hit("sco", "SCO history", TestPassages.Founding),
        TestPassages.Hit("summit", "Summit in Astana", TestPassages.Summit),
        TestPassages.Hit("weather", "Weather", "Heavy rain is expected in the north on Friday."),
    ];

    [Fact]
    public void CitationsAreRenumberedInOrderOfFirstUse()
    {
        var result = Verifier.Verify("The 2024 summit took place in Astana [2]. The group was founded in 2001 [1].", Passages, "en");

        Assert.Equal("The 2024 summit took place in Astana [1]. The group was founded in 2001 [2].", result.Text);
        Assert.Equal(["summit#p1", "sco#p1"], result.Citations.Select(c => c.PassageId));
        Assert.Equal([1, 2], result.Citations.Select(c => c.N));
    }

    [Fact]
    public void SentenceCitingOnlyAPassageWithoutTheAskedDetailIsRemovedEvenWhenThePassageSupportsIt()
    {
        // Asked about 2024: only the summit passage's article shows it.
        var grounded = new GroundedPassages(new HashSet<string> { "summit#p1" }, ["2024"]);

        var result = Verifier.Verify("The group was founded in 2001 [1]. The 2024 summit took place in Astana [2].", Passages, "en", grounded: grounded);

        Assert.Equal("The 2024 summit took place in Astana [1].", result.Text);
        Assert.Equal("summit#p1", Assert.Single(result.Citations).PassageId);
        var removed = Assert.Single(result.Removed);
        Assert.Equal("The group was founded in 2001 [1].", removed.Sentence);
        Assert.Contains("does not show 2024", removed.Reason);
    }

    [Fact]
    public void CitationOfAPassageWithoutTheAskedDetailIsDroppedWhenAnotherCitationCarriesTheSentence()
    {
        // Asked about 2017: the founding passage shows it, the summit passage (which also mentions the group) does not.
        var grounded = new GroundedPassages(new HashSet<string> { "sco#p1" }, ["2017"]);

        var result = Verifier.Verify("India and Pakistan joined the group [1][2].", Passages, "en", grounded: grounded);

        Assert.Equal("India and Pakistan joined the group [1].", result.Text);
        Assert.Equal("sco#p1", Assert.Single(result.Citations).PassageId);
        Assert.Contains("that citation dropped, the sentence kept", Assert.Single(result.Removed).Reason);
    }

    [Theory]
    [InlineData("The group was founded in 2001. [1]")]
    [InlineData("The group was founded in 2001 [1, 3].")]
    [InlineData("- **The group was founded in 2001** [1]")]
    [InlineData("The group was founded in 2001 [Passage 1].")]
    public void MarkerStylesAreRead(string output)
    {
        var result = Verifier.Verify(output, Passages, "en");

        Assert.Equal("The group was founded in 2001 [1].", result.Text);
        Assert.Equal("sco#p1", Assert.Single(result.Citations).PassageId);
    }

    [Theory]
    [InlineData("Leaders discussed \"security and trade.\" [2]", "Leaders discussed \"security and trade\" [1].")]
    [InlineData("Leaders discussed security and trade... [2] The group was founded in 2001 [1].", "Leaders discussed security and trade [1]. The group was founded in 2001 [2].")]
    [InlineData("The US and IV leaders discussed trade [2].", null)]
    public void QuotesEllipsesAndShortNamesAreHandled(string output, string? expected)
    {
        var result = Verifier.Verify(output, Passages, "en");

        if (expected is null) Assert.Contains("name us, iv", Assert.Single(result.Removed).Reason);
        else Assert.Equal(expected, result.Text);
    }

    [Fact]
    public void EachCitationQuotesThePassageSentenceThatBestSupportsTheClaim()
    {
        var result = Verifier.Verify("India and Pakistan joined in 2017 [1]. The organisation was founded in 2001 [1].", Passages, "en");

        Assert.Equal(2, result.Citations.Count);
        Assert.Equal("India and Pakistan joined the organisation in 2017.", result.Citations[0].Quote);
        Assert.StartsWith("The Shanghai Cooperation Organisation was founded in 2001", result.Citations[1].Quote);
        Assert.All(result.Citations, c => Assert.Contains(c.Quote, TestPassages.Founding));
    }

    [Fact]
    public void SamePassageAndSentenceCitedTwiceSharesOneNumber()
    {
        var result = Verifier.Verify("The group was founded in 2001 [1]. China and Russia founded it [1].", Passages, "en");

        Assert.Equal("The group was founded in 2001 [1]. China and Russia founded it [1].", result.Text);
        Assert.Single(result.Citations);
    }

    [Fact]
    public void CitationOfAPassageThatSharesNothingIsDroppedAndTheSentenceKept()
    {
        var result = Verifier.Verify("The group was founded in 2001 [1][3].", Passages, "en");

        Assert.Equal("The group was founded in 2001 [1].", result.Text);
        Assert.Contains(result.Removed, r => r.Reason.Contains("citation [3] dropped"));
        Assert.Equal(new VerificationStats(2, 1, 1, 0), result.Stats);
    }

    [Theory]
    [InlineData("Angela Merkel attended the 2024 summit in Astana [2].", "name merkel")]
    [InlineData("The group banned cheese imports from distant countries [1].", "key words")]
    [InlineData("The group was founded in 1999 [1].", "number 1999")]
    public void UnsupportedSentencesAreRemovedWithTheReason(string output, string reason)
    {
        var result = Verifier.Verify(output, Passages, "en");

        Assert.False(result.HasAnswer);
        Assert.Contains(reason, Assert.Single(result.Removed).Reason);
        Assert.Equal(1.0, result.Stats.UnsupportedSentenceRate);
    }

    [Fact]
    public void GermanAnswerFromGermanPassageIsSupportedAndInventedNumberIsNot()
    {
        IReadOnlyList<PassageHit> german = [TestPassages.Hit("sco-de", "SCO", TestPassages.GermanFounding, "de")];

        var result = Verifier.Verify("Die Organisation wurde 2001 von China und Russland gegründet [1]. Sie hat 15 Mitglieder [1].", german, "de");

        Assert.Equal("Die Organisation wurde 2001 von China und Russland gegründet [1].", result.Text);
    }

    [Fact]
    public void CrossLingualAnswerIsKeptWhenItsNamesAndNumbersOccur()
    {
        IReadOnlyList<PassageHit> german = [TestPassages.Hit("sco-de", "SCO", TestPassages.GermanFounding, "de")];

        var result = Verifier.Verify("It was founded in 2001 by China and Usbekistan among others [1]. The weather was lovely [1].", german, "en");

        Assert.Equal("It was founded in 2001 by China and Usbekistan among others [1].", result.Text);
    }

    [Theory]
    [InlineData("<think>Passage 2 says the 2024 summit took place in Astana [2]. NO_ANSWER_IN_PASSAGES?</think>\nThe group was founded in 2001 [1].", "The group was founded in 2001 [1].")]
    [InlineData("<think>The 2024 summit took place in Astana [2].", "")]
    public void ReasoningBlocksAreNotPartOfTheAnswer(string output, string expected)
    {
        var result = Verifier.Verify(output, Passages, "en");

        Assert.Equal(expected, result.Text);
        Assert.False(result.SentinelSeen);
    }

    [Fact]
    public void SentinelIsRecognisedEvenWithPunctuation()
    {
        var result = Verifier.Verify($"{PromptNames.NoAnswerSentinel}.", Passages, "en");

        Assert.True(result.SentinelSeen);
        Assert.False(result.HasAnswer);
        Assert.Equal(0, result.Stats.ModelSentences);
    }

    [Theory]
    [InlineData("The 2024 summit took place in Astana [2][1]. Leaders discussed trade [2]. It rained [3]. Founded 2001 [1].")]
    [InlineData("Leaders discussed security [2]. Leaders discussed trade [2]. India joined in 2017 [1][2]. Bogus [4].")]
    public void OutputHonoursTheAnswerContract(string output)
    {
        var result = Verifier.Verify(output, Passages, "en");

        var used = Regex.Matches(result.Text, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value)).ToHashSet();
        Assert.Equal(Enumerable.Range(1, result.Citations.Count).ToHashSet(), used);
        Assert.Equal(Enumerable.Range(1, result.Citations.Count), result.Citations.Select(c => c.N));
        Assert.All(result.Citations, c => Assert.Contains(c.Quote, Passages.Single(p => p.Passage.Id == c.PassageId).Passage.Text));
    }
}
