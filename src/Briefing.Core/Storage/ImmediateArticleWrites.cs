namespace Briefing.Core.Storage;

/// <summary>The batch of a store that commits every write on its own (a server database): nothing left to commit.</summary>
public sealed class ImmediateArticleWrites : IArticleWriteBatch
{
    public static readonly ImmediateArticleWrites Instance = new();

    private ImmediateArticleWrites()
    {
    }

    public void Commit()
    {
    }

    public void Dispose()
    {
    }
}
