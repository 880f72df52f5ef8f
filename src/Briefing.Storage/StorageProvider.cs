namespace Briefing.Storage;

/// <summary>Where the bot keeps its state (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>Embedded SQLite files under <c>Briefing:DataDir</c> (the default; one instance).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database named by <c>ConnectionStrings:Briefing</c>, shared by several instances.</summary>
    Postgres,
}
