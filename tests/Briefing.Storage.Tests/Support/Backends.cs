namespace Briefing.Storage.Tests.Support;

/// <summary>Theory data: every behavioural store test runs once per backend, so PostgreSQL is held to the SQLite behaviour.</summary>
public static class Backends
{
    public static TheoryData<StorageProvider> All => new() { StorageProvider.Sqlite, StorageProvider.Postgres };
}
