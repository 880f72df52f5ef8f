using Briefing.Core.Evaluation;

namespace Briefing.Core.Tests.Evaluation;

public sealed class EvalGroupsTests
{
    private static EvalCaseResult Result(string language, EvalCaseLabels? labels, bool expectAbstention = false, bool abstained = false, int? rank = 1, bool? hit = true) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        Language = language,
        ExpectedAbstention = expectAbstention,
        Labels = labels,
        Abstained = abstained,
        AnswerHit = expectAbstention ? null : hit,
        GoldCited = expectAbstention ? null : rank == 1,
        GoldRank = expectAbstention ? null : rank,
        WrongLanguage = false,
        Sentences = abstained ? 0 : 2,
        ElapsedMs = 1,
    };

    [Fact]
    public void An_answerable_case_falls_in_its_kind_its_crossing_and_its_language_pair()
    {
        Assert.Equal(["kind:howmany", "crossing:cross-lingual", "pair:en-de"],
            EvalGroups.KeysOf(Result("en", new EvalCaseLabels("howmany", "de", null))));
        Assert.Equal(["kind:who", "crossing:same-language", "pair:de-de"],
            EvalGroups.KeysOf(Result("de", new EvalCaseLabels("who", "de", null))));
    }

    [Fact]
    public void An_unanswerable_case_falls_in_its_kind_and_its_reason_but_no_crossing()
    {
        Assert.Equal(["kind:when", "unanswerable:year"],
            EvalGroups.KeysOf(Result("de", new EvalCaseLabels("when", null, "year"), expectAbstention: true)));
    }

    [Fact]
    public void Unlabelled_cases_belong_to_no_group()
    {
        Assert.Empty(EvalGroups.KeysOf(Result("de", null)));
        Assert.Empty(EvalGroups.Compute([Result("de", null), Result("en", EvalCaseLabels.None)]));
    }

    [Fact]
    public void Each_group_is_scored_on_its_own_cases()
    {
        var groups = EvalGroups.Compute(
        [
            Result("de", new EvalCaseLabels("who", "de", null)),
            Result("en", new EvalCaseLabels("who", "de", null), rank: 3, hit: false),
            Result("en", new EvalCaseLabels("when", "de", null), abstained: true, rank: null, hit: false),
            Result("en", new EvalCaseLabels("when", null, "topic"), expectAbstention: true, abstained: true),
            Result("de", new EvalCaseLabels("who", null, "topic"), expectAbstention: true),
        ]);

        Assert.Equal(["crossing:cross-lingual", "crossing:same-language", "kind:when", "kind:who", "pair:de-de", "pair:en-de", "unanswerable:topic"],
            groups.Keys);
        Assert.Equal(1.0, groups["crossing:same-language"].AnswerHit);
        Assert.Equal(2, groups["crossing:cross-lingual"].Cases);
        Assert.Equal(0.0, groups["crossing:cross-lingual"].RecallAt1);
        Assert.Equal(0.5, groups["crossing:cross-lingual"].Answered);
        Assert.Equal(3, groups["kind:who"].Cases);
        Assert.Equal(0.5, groups["kind:who"].AnswerHit);
        Assert.Equal(0.5, groups["kind:when"].AbstentionPrecision);
        Assert.Equal(1.0, groups["kind:when"].AbstentionRecall);
        Assert.Equal(0.5, groups["unanswerable:topic"].AbstentionRecall);
    }
}
