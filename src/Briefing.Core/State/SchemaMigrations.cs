using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Briefing.Core.State;

/// <summary>
/// The schema history of one database file: the numbered SQL scripts under <c>State/Migrations/&lt;Database&gt;/</c>,
/// embedded in this assembly (see docs/ARCHITECTURE.md, "Adding a table or column"). Numbers start at 1 and have
/// no gaps, so a version says exactly which scripts a database has run.
/// </summary>
public sealed partial class SchemaMigrations
{
    /// <summary><c>state.db</c>: chat history, subscriptions, feed state, near-duplicates, bot answers, offsets.</summary>
    public static readonly SchemaMigrations State = FromResources("State");

    /// <summary><c>vectors.db</c>: passage vectors and the embedding backlog.</summary>
    public static readonly SchemaMigrations Vectors = FromResources("Vectors");

    private const string ResourcePrefix = "Briefing.Migrations.";

    private SchemaMigrations(string database, IReadOnlyList<SchemaMigration> scripts)
    {
        Database = database;
        Scripts = scripts;
    }

    public string Database { get; }

    /// <summary>In version order.</summary>
    public IReadOnlyList<SchemaMigration> Scripts { get; }

    public int LatestVersion => Scripts.Count == 0 ? 0 : Scripts[^1].Version;

    private static SchemaMigrations FromResources(string database) =>
        FromAssembly(typeof(SchemaMigrations).Assembly, ResourcePrefix + database + ".", database);

    /// <summary>
    /// Numbered scripts embedded in another assembly under <paramref name="prefix"/> (the PostgreSQL backend's own
    /// migrations), held to the same naming and no-gaps rules.
    /// </summary>
    public static SchemaMigrations FromAssembly(Assembly assembly, string prefix, string database)
    {
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(name => Read(assembly, name, name[prefix.Length..]))
            .OrderBy(script => script.Version)
            .ToList();
        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Version != i + 1)
                throw new InvalidOperationException(
                    $"Migrations of {database}: expected version {i + 1} but found '{scripts[i].Name}' — numbers must run 1, 2, 3 ... without gaps or repeats.");
        }
        return new SchemaMigrations(database, scripts);
    }

    private static SchemaMigration Read(Assembly assembly, string resource, string fileName)
    {
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
            throw new InvalidOperationException($"Migration file '{fileName}' must be named NNNN_lower_case_words.sql.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var version = int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture);
        return new SchemaMigration(version, match.Groups["name"].Value, reader.ReadToEnd());
    }

    [GeneratedRegex(@"^(?<name>(?<version>\d{4})_[a-z0-9_]+)\.sql$")]
    private static partial Regex FileNamePattern();
}
