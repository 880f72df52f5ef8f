using System.Text.Json;
using Briefing.Core.Evaluation;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Evaluation;

/// <summary>
/// The shape of eval/dev (the development set of issue 10), checked without the corpus: every line is a valid
/// eval case with valid labels, answerable lines carry evidence that contains an accepted answer, ids are unique
/// across the splits (holdout and probes included), and the minimums hold for train and test. bench/dev_check.py checks the
/// evidence against the articles.
/// </summary>
public sealed class DevSetShapeTests
{
    private static readonly string[] Kinds = ["who", "when", "where", "howmany", "howmuch", "which", "why", "what", "occupation"];
    private static readonly string[] UnanswerableKinds = ["year", "entity", "detail", "topic"];

    private static string SplitPath(string split) => Path.Combine(RepoPaths.Root, "eval", "dev", split + ".jsonl");

    private static List<(EvalCase Case, string? Evidence)> Read(string split)
    {
        var lines = EvalCaseReader.Read(SplitPath(split)).ToList();
        Assert.All(lines, l => Assert.Null(l.Error));
        var evidence = File.ReadLines(SplitPath(split)).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("evidence"))
            .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null).ToList();
        Assert.Equal(lines.Count, evidence.Count);
        return lines.Select((l, i) => (l.Case!, evidence[i])).ToList();
    }

    [Theory]
    [InlineData("train")]
    [InlineData("test")]
    [InlineData("holdout")]
    [InlineData("probes")]
    public void Every_line_is_a_labelled_case_whose_evidence_holds_an_accepted_answer(string split)
    {
        foreach (var (devCase, evidence) in Read(split))
        {
            Assert.Contains(devCase.Language, new[] { "de", "en" });
            Assert.Contains(devCase.Labels.Kind, Kinds);
            if (devCase.ExpectsAbstention)
            {
                Assert.Empty(devCase.Answers);
                Assert.Null(evidence);
                Assert.Null(devCase.Labels.ArticleLanguage);
                Assert.Contains(devCase.Labels.UnanswerableKind, UnanswerableKinds);
                continue;
            }
            Assert.Contains(devCase.Labels.ArticleLanguage, new[] { "de", "en" });
            Assert.Null(devCase.Labels.UnanswerableKind);
            Assert.False(string.IsNullOrWhiteSpace(evidence), devCase.Id);
            Assert.True(AnswerChecks.ContainsAnswer(evidence!, devCase.Answers),
                $"{devCase.Id}: no answer of [{string.Join(", ", devCase.Answers)}] in its evidence");
        }
    }

    [Fact]
    public void The_splits_meet_the_minimums_and_share_no_id()
    {
        var train = Read("train").Select(x => x.Case).ToList();
        var test = Read("test").Select(x => x.Case).ToList();
        var all = train.Concat(test).ToList();
        var holdout = Read("holdout").Concat(Read("probes")).Select(x => x.Case).ToList();

        Assert.Equal(all.Count + holdout.Count, all.Concat(holdout).Select(c => c.Id).Distinct().Count());
        Assert.InRange(all.Count, 170, int.MaxValue);
        Assert.InRange(all.Count(c => c.ExpectsAbstention), 55, int.MaxValue);
        Assert.InRange(all.Count(c => !c.ExpectsAbstention && c.Language == "en" && c.Labels.ArticleLanguage == "de"), 20, int.MaxValue);
        Assert.InRange(all.Count(c => !c.ExpectsAbstention && c.Language == "de" && c.Labels.ArticleLanguage == "en"), 20, int.MaxValue);
        Assert.InRange(all.Count(c => !c.ExpectsAbstention && c.Language != c.Labels.ArticleLanguage), 45, int.MaxValue);
        Assert.All(UnanswerableKinds, kind => Assert.Contains(all, c => c.Labels.UnanswerableKind == kind));
        // Train-only additions (dev-193 on, dev-225 on) for kinds the test split showed weak, test-only dev-267 on: a third is held back.
        Assert.InRange((double)test.Count / all.Count, 0.30, 0.37);
    }
}
