namespace Briefing.Core.State;

/// <summary>One numbered schema change: the file <c>State/Migrations/&lt;Database&gt;/NNNN_what.sql</c>.</summary>
/// <param name="Version">The number in the file name; a database at version N has run every migration up to N.</param>
/// <param name="Name">The file name without extension (<c>0003_web_feed_state</c>), as recorded in the journal.</param>
public sealed record SchemaMigration(int Version, string Name, string Sql);
