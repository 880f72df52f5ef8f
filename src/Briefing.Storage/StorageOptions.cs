namespace Briefing.Storage;

/// <summary>
/// <c>Storage:Provider</c> (<c>Sqlite</c> | <c>Postgres</c>) and, for Postgres, <c>ConnectionStrings:Briefing</c>.
/// Kept as text so a misspelt provider gets a message naming the key instead of a binder exception.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string ProviderKey = "Storage:Provider";
    public const string ConnectionStringName = "Briefing";
    public const string ConnectionStringKey = "ConnectionStrings:Briefing";

    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>
    /// Postgres mode: how often each instance checks the article table for changes its Lucene replica lacks when no
    /// notification woke it (LISTEN/NOTIFY is the fast path; this is the fallback when notifications are lost).
    /// </summary>
    public double ReplicaPollSeconds { get; set; } = 5;

    /// <summary>From <c>ConnectionStrings:Briefing</c>; never logged (it may carry a password).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The provider named by <see cref="Provider"/>; null when the text names none.</summary>
    public StorageProvider? ParsedProvider =>
        Enum.TryParse<StorageProvider>(Provider?.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}
