namespace Briefing.Core.Web;

/// <summary>
/// What the bot remembers about each feed: the validators for conditional GET and the items already ingested, so a
/// poll (or a second <c>ingest</c> of the same feed) fetches nothing it has.
/// </summary>
public interface IFeedStateStore
{
    WebValidators? GetValidators(string feedUrl);

    void SaveValidators(string feedUrl, WebValidators validators);

    bool IsSeen(string feedUrl, string itemKey);

    void MarkSeen(string feedUrl, string itemKey);
}
