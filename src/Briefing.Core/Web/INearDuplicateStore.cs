namespace Briefing.Core.Web;

/// <summary>MinHash signatures of ingested articles, their LSH band buckets and "also reported by" records.</summary>
public interface INearDuplicateStore
{
    /// <summary>Stores an article's signature, replacing an older one of the same article.</summary>
    void Save(string articleId, MinHashSignature signature);

    /// <summary>Articles sharing at least one band bucket with <paramref name="signature"/>, with their signatures.</summary>
    List<(string ArticleId, MinHashSignature Signature)> FindCandidates(MinHashSignature signature);

    void AddReport(string articleId, string duplicateId, string? source, string? url, string? title, DateTimeOffset recorded);

    /// <summary>Who else reported an article: each record's source, else its URL, else its id; in recorded order.</summary>
    List<string> Reports(string articleId);

    /// <summary>
    /// Forgets removed articles: their signatures and buckets (so the same text can be ingested again) and their "also
    /// reported by" records, both as the original and as another source of one.
    /// </summary>
    void Forget(IReadOnlyCollection<string> articleIds);
}
