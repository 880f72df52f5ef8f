using Briefing.Core.Evaluation;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Evaluation;

public sealed class EvalCaseReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_valid_case_keeps_its_id_question_answers_and_gold()
    {
        var line = EvalCaseReader.Parse(1, """{"id": "q1", "question": "Wann wurde die SCO gegründet?", "answers": ["2001"], "goldArticleId": "seed"}""");
        Assert.Null(line.Error);
        Assert.Equal("q1", line.Case!.Id);
        Assert.Equal("Wann wurde die SCO gegründet?", line.Case.Question);
        Assert.Equal("seed", line.Case.GoldArticleId);
        Assert.Equal(["2001"], line.Case.Answers);
        Assert.False(line.Case.ExpectsAbstention);
    }

    [Fact]
    public void Optional_labels_are_read_lower_cased_for_the_per_group_report()
    {
        var line = EvalCaseReader.Parse(1, """{"id": "q1", "question": "When was the SCO founded?", "answers": ["2001"], "goldArticleId": "seed", "kind": "When", "language": "en", "articleLanguage": "DE", "unanswerableKind": null, "evidence": "2001 gegründet"}""");
        Assert.Null(line.Error);
        Assert.Equal(new EvalCaseLabels("when", "de", null), line.Case!.Labels);
        Assert.Equal("en", line.Case.Language);
    }

    [Fact]
    public void A_case_without_labels_or_with_labels_that_are_not_text_has_none()
    {
        var plain = EvalCaseReader.Parse(1, """{"id": "q1", "question": "Was?", "answers": [], "goldArticleId": null}""");
        var numbers = EvalCaseReader.Parse(2, """{"id": "q2", "question": "Was?", "answers": [], "goldArticleId": null, "kind": 3, "unanswerableKind": " "}""");
        Assert.Equal(EvalCaseLabels.None, plain.Case!.Labels);
        Assert.Equal(EvalCaseLabels.None, numbers.Case!.Labels);
    }

    [Fact]
    public void A_null_gold_article_means_the_case_expects_an_abstention()
    {
        var line = EvalCaseReader.Parse(1, """{"id": "q2", "question": "Wer gewann die WM 2014?", "answers": [], "goldArticleId": null}""");
        Assert.True(line.Case!.ExpectsAbstention);
    }

    [Theory]
    [InlineData("not json", "invalid JSON")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("""{"id": "a", "goldArticleId": null}""", "\"question\"")]
    [InlineData("""{"id": "a", "question": "   ", "goldArticleId": null}""", "\"question\"")]
    [InlineData("""{"id": "a", "question": "Was?"}""", "\"goldArticleId\"")]
    [InlineData("""{"id": "a", "question": "Was?", "goldArticleId": 7}""", "\"goldArticleId\"")]
    [InlineData("""{"id": "a", "question": "Was?", "goldArticleId": " "}""", "use null")]
    [InlineData("""{"id": "a", "question": "Was?", "goldArticleId": "x", "answers": "2001"}""", "\"answers\"")]
    [InlineData("""{"id": "a", "question": "Was?", "goldArticleId": "x", "answers": [2001]}""", "\"answers\"")]
    public void Bad_lines_are_rejected_with_a_reason(string json, string reasonPart)
    {
        var line = EvalCaseReader.Parse(3, json);
        Assert.Null(line.Case);
        Assert.Contains(reasonPart, line.Error);
        Assert.Equal(3, line.LineNumber);
    }

    [Fact]
    public void A_file_reports_bad_and_repeated_lines_by_number_and_keeps_the_good_ones()
    {
        var path = _folder.Write("cases.jsonl", string.Join('\n',
            """{"id": "a", "question": "Eins?", "goldArticleId": "x"}""",
            "",
            "{broken",
            """{"id": "a", "question": "Zwei?", "goldArticleId": null}""",
            """{"question": "Drei?", "goldArticleId": null}"""));
        var lines = EvalCaseReader.Read(path).ToList();
        Assert.Equal([1, 3, 4, 5], lines.Select(l => l.LineNumber));
        Assert.NotNull(lines[0].Case);
        Assert.Contains("invalid JSON", lines[1].Error);
        Assert.Contains("earlier case", lines[2].Error);
        Assert.Equal("line-5", lines[3].Case!.Id);
    }

    public void Dispose() => _folder.Dispose();
}
