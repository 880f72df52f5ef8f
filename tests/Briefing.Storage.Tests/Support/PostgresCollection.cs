namespace Briefing.Storage.Tests.Support;

/// <summary>One PostgreSQL cluster for every test class in this collection (started once per test run).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "postgres";
}
