using System.Text.Json.Serialization;

namespace Briefing.Core.Evaluation;

/// <summary>
/// What a case file may say about a case beyond the contract, for the per-group breakdown of <c>eval</c>
/// (eval/dev/ labels every case): the question's kind (who, when, howmany, ...), the gold article's language
/// (so a case is same-language or cross-lingual) and, for a case that expects an abstention, why the corpus
/// lacks the answer (year, entity, detail, topic). All optional, lower case.
/// </summary>
public sealed record EvalCaseLabels(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ArticleLanguage,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UnanswerableKind)
{
    public static readonly EvalCaseLabels None = new(null, null, null);
}
