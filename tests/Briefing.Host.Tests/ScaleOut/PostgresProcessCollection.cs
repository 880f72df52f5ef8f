using Briefing.Storage.Tests.Support;

namespace Briefing.Host.Tests.ScaleOut;

/// <summary>Host processes of several instances on one throwaway PostgreSQL cluster (one cluster for the whole collection).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PostgresProcessCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "postgres-processes";
}
