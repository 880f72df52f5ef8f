using DbUp.Builder;
using DbUp.Engine;

namespace Briefing.Core.State;

/// <summary>
/// The one DbUp run both backends share (SQLite files, the PostgreSQL database): refuses a database whose schema is
/// newer than this program, runs the migrations DbUp's journal has not recorded (one transaction each, no variable
/// substitution) and names the failing migration. The backends bring their builder, how they read the version and
/// how their messages name the database.
/// </summary>
public static class SchemaUpgradeRun
{
    /// <param name="engine">DbUp's builder for the backend (<c>DeployChanges.To.SqliteDatabase(...)</c> / <c>PostgresqlDatabase(...)</c>).</param>
    /// <param name="foundVersion">The schema version the database is at now (0 when new).</param>
    /// <param name="database">How messages name the database: its file, or the setting that points at it.</param>
    /// <param name="whenNewer">What to do about a newer database, said after the refusal.</param>
    /// <param name="whenFailed">What to know about a failed run, said after the failing migration (may be empty).</param>
    public static void Upgrade(UpgradeEngineBuilder engine, SchemaMigrations migrations, int foundVersion, string database, string whenNewer, string whenFailed = "")
    {
        if (foundVersion > migrations.LatestVersion)
        {
            throw new InvalidOperationException(
                $"{database} has schema version {foundVersion}, newer than this program's {migrations.LatestVersion}: " +
                $"it was written by a newer Briefing. {whenNewer}");
        }

        var result = engine
            .WithScripts(migrations.Scripts.Select(m => new SqlScript(m.Name, m.Sql)))
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException(
                $"{database} could not be upgraded to schema version {migrations.LatestVersion}: migration " +
                $"'{result.ErrorScript?.Name}' failed ({result.Error.Message}).{(whenFailed.Length > 0 ? " " + whenFailed : "")}",
                result.Error);
        }
    }
}
