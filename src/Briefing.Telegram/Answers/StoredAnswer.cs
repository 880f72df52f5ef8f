using System.Security.Cryptography;
using System.Text.Json;
using Briefing.Core.Answering;

namespace Briefing.Telegram.Answers;

/// <summary>
/// How every <see cref="IAnswerStore"/> keeps an answer, whatever the database: a short random id, the answer as
/// JSON, and the rule for withdrawing removed articles' citations. The stores differ only in their SQL.
/// </summary>
public static class StoredAnswer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>12 lowercase hex characters: short enough for a button's 64-byte callback data, too many to guess.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    public static string ToJson(Answer answer) => JsonSerializer.Serialize(answer, Json);

    public static Answer? FromJson(string json) => JsonSerializer.Deserialize<Answer>(json, Json);

    /// <summary>
    /// The text an answer's JSON holds when it cites the article (its id as a JSON string): a cheap text match that
    /// narrows the rows to parse; <see cref="WithoutCitationsOf"/> decides.
    /// </summary>
    public static string CitationNeedle(string articleId) => JsonSerializer.Serialize(articleId, Json);

    /// <summary>The answer without its citations of <paramref name="removed"/> articles; null when it cites none of them.</summary>
    public static Answer? WithoutCitationsOf(Answer answer, IReadOnlySet<string> removed) =>
        answer.Citations.Any(c => removed.Contains(c.ArticleId))
            ? answer with { Citations = [.. answer.Citations.Where(c => !removed.Contains(c.ArticleId))] }
            : null;
}
