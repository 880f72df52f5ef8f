namespace Briefing.Core.State;

/// <summary>A SQLite file under the data folder fails its integrity check or cannot be read as a database.</summary>
public sealed class StateDatabaseDamagedException(string filePath, string detail, Exception? inner = null) : Exception(
    $"The database '{filePath}' is damaged ({detail}). It holds the stored articles and the bot's state. To recover, stop " +
    $"Briefing, run: sqlite3 '{filePath}' .recover | sqlite3 '{filePath}.recovered' — then move the damaged file aside, put " +
    "the recovered one in its place and run `reindex`. If that fails, move it aside and ingest your sources again " +
    "(README, \"Recovering\").", inner)
{
    public string FilePath { get; } = filePath;
}
